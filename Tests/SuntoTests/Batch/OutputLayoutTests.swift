import Testing

@testable import Sunto

@Suite struct OutputLayoutTests {
    @Test(arguments: [
        (["a01.txt", "a02.html"], ["a01", "a02"]),
        (["a01.txt", "a01.html"], ["a01.txt", "a01.html"]),
        (["A01.TXT", "a01.md"], ["A01.TXT", "a01.md"]),
        (["pagina.html.gz", "note.md"], ["pagina", "note"]),
        (["x.y.txt"], ["x.y"]),
    ] as [([String], [String])])
    func stemsDropTheExtensionUnlessTwoArticlesWouldCollide(_ names: [String], _ stems: [String]) {
        #expect(OutputLayout.stems(for: names) == stems)
    }

    @Test func anArticleNamedIndexAtTheTopKeepsItsNameSoTheIndexPageIsFree() {
        #expect(OutputLayout.stems(for: ["index.html", "b.txt"], atRoot: true) == ["index.html", "b"])
        #expect(OutputLayout.stems(for: ["index.html"], atRoot: false) == ["index"])
    }

    @Test(arguments: [
        ("a.txt", "txt"), ("A.HTM", "htm"), ("b.html.gz", "html"), ("c.md", "md"), ("d.pdf", nil), ("e.gz", nil), (".txt", nil),
    ] as [(String, String?)])
    func onlyTextMarkdownAndHTMLFilesAreArticles(_ name: String, _ ext: String?) {
        #expect(OutputLayout.articleExtension(of: name) == ext)
    }

    @Test func eachFormatGetsItsOwnFileBesideTheOthers() {
        let layout = OutputLayout(root: "out/", formats: [.md, .json, .text])
        #expect(layout.relativeOutputs(stem: "politica/a01") == ["politica/a01.md", "politica/a01.json", "politica/a01.txt"])
        #expect(layout.path("politica/a01.md") == "out/politica/a01.md")
    }
}
