import Foundation
import Testing

@testable import Sunto

@Suite struct ExtractedArticleRendererTests {
    private static let article = ExtractedArticle(
        blocks: [TextBlock(kind: .heading, text: "Il vertice"), TextBlock(kind: .paragraph, text: "I ministri si sono riuniti a Roma.")],
        metadata: Metadata(title: "Il vertice", site: "Il Quotidiano"),
        encoding: "UTF-8"
    )

    @Test func theTextFormatNeverWorksOutTheSource() {
        var asked = 0
        func source() -> SourceInfo {
            asked += 1
            return SourceInfo(path: "p.html", format: .html, sha256: "ab", encoding: "UTF-8")
        }
        let text = ExtractedArticleRenderer(format: .text).render(Self.article, source: source())
        #expect(asked == 0)
        #expect(text.hasPrefix("Il vertice\nIl Quotidiano\n\n"))
        let json = ExtractedArticleRenderer(format: .json).render(Self.article, source: source())
        #expect(asked == 1)
        let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect((object?["source"] as? [String: Any])?["sha256"] as? String == "ab")
    }
}
