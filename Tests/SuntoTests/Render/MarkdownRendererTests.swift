import Testing

@testable import Sunto

/// The Markdown brief: readable in a terminal, rendered well on GitHub and GitLab.
@Suite struct MarkdownRendererTests {
    @Test func markupFromTheArticleIsEscaped() {
        let markdown = MarkdownRenderer().render(RenderFixture.small())
        #expect(markdown.hasPrefix("# \\<script\\>alert(1)\\</script\\> \\*titolo\\*\n"))
    }

    @Test func metadataIsATable() {
        let lines = MarkdownRenderer().render(RenderFixture.small()).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[2] == "| Source | Sentences | Glossary terms | Repairs |")
        #expect(lines[3] == "| --- | --- | --- | --- |")
        #expect(lines[4] == "| `a \"b\".txt` | 2, 1 in the brief | 1 | 1 |")
    }

    @Test func briefsAreBlockQuotesWithGlossaryTermsInBold() {
        let markdown = MarkdownRenderer().render(RenderFixture.small())
        #expect(markdown.contains("## Italiano\n\n> Seconda **frase**. <sub>[s1]</sub>\n"))
        #expect(markdown.contains("## English\n\n> Second **sentence**. <sub>[s1]</sub>\n"))
        #expect(markdown.contains("## Glossary terms in the brief\n\n| Italiano | English | Glossary | In the article |\n| --- | --- | --- | --- |\n| frase | sentence | grammar.tsv | 2× |\n"))
        #expect(markdown.contains("## Repairs\n\n| Rule | Before | After |\n| --- | --- | --- |\n| glued-words | `fraseSeconda` | `frase. Seconda` |\n"))
    }

    @Test(arguments: [
        ("- non è una lista", "> \\- non è una lista"),
        ("2024. Un anno difficile", "> 2024\\. Un anno difficile"),
        ("Riga\ncon a capo | e barra", "> Riga con a capo \\| e barra"),
        ("Riga\r\ncon CR LF", "> Riga con CR LF"),
        ("Riga\u{2028}separata\u{85}e\u{2029}così", "> Riga separata e così"),
        ("Perché *sì* e _no_ ~ [1] <b> #2 & `x` \\ città", "> Perché \\*sì\\* e \\_no\\_ \\~ \\[1\\] \\<b\\> \\#2 \\& \\`x\\` \\\\ città"),
    ])
    func aSentenceCannotBecomeOtherMarkdown(_ text: String, _ line: String) {
        var document = RenderFixture.small()
        document.terms = []
        document.brief.it = [BriefSentence(text: text, sourceSentence: 5, score: 1)]
        let markdown = MarkdownRenderer().render(document)
        #expect(markdown.contains(line + " <sub>[s5]</sub>"))
    }
}
