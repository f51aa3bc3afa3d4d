import Testing

@testable import Sunto

/// The plain-text brief, for terminals and e-mail: 80 columns at most.
@Suite struct TextRendererTests {
    @Test func everyLineFitsEightyColumns() {
        var document = RenderFixture.small()
        document.metadata.title = String(repeating: "Titolo lunghissimo ", count: 12)
        document.metadata.url = "https://example.it/" + String(repeating: "x", count: 150)
        document.source.path = "/archivio/" + String(repeating: "cartella/", count: 20) + "articolo.txt"
        document.brief.it = [BriefSentence(text: String(repeating: "parola lunga ", count: 40), sourceSentence: 0, score: 1)]
        document.brief.en = [BriefSentence(text: "See " + String(repeating: "w", count: 200), sourceSentence: 0, score: 1)]
        let text = TextRenderer().render(document)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(text.contains(String(repeating: "w", count: 78)))
    }

    @Test func briefsTermsAndFactsAreShown() {
        let text = TextRenderer().render(RenderFixture.small())
        #expect(text.contains("\nSource: a \"b\".txt · Sentences: 2, 1 in the brief · Glossary terms: 1 ·\nRepairs: 1\n"), "a fact is not split across lines")
        #expect(text.contains("\nITALIANO\n- Seconda frase.\n"))
        #expect(text.contains("\nENGLISH\n- Second sentence.\n"))
        #expect(text.contains("\nGLOSSARY TERMS IN THE BRIEF\n- frase → sentence (grammar.tsv, 2×)\n"))
    }

    @Test(arguments: [20, 40, 80])
    func wrapCutsWordsLongerThanALine(_ width: Int) {
        let lines = TextRenderer(width: width).wrap("a " + String(repeating: "b", count: 3 * width) + " c", indent: "  ")
        #expect(lines.allSatisfy { $0.count <= width })
        #expect(lines.map { $0.dropFirst(2) }.joined().replacing(" ", with: "") == "a" + String(repeating: "b", count: 3 * width) + "c")
    }
}
