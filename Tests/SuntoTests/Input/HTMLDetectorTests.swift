import Testing

@testable import Sunto

@Suite struct HTMLDetectorTests {
    @Test(arguments: [
        ("pagina.html", "testo", true),
        ("PAGINA.HTM", "testo", true),
        ("salvata.html.gz", "testo", true),
        ("articolo.txt", "<!DOCTYPE html><html><body>", true),
        ("-", "\u{FEFF}  <html lang=\"it\">", true),
        ("articolo.txt", "<!-- salvata --><html>", true),
        ("articolo.txt", "Il <b>sindaco</b> ha parlato.", false),
        ("articolo.txt", "Un articolo in testo semplice.", false),
    ])
    func htmlIsRecognisedByNameOrContent(_ path: String, _ content: String, _ isHTML: Bool) {
        #expect(HTMLDetector.isHTML(path: path, bytes: Array(content.utf8)) == isHTML)
    }
}
