import Foundation
import Testing

@testable import Sunto

@Suite struct RendererTests {
    private func sample() -> Document {
        var document = Document(text: "x", path: "a \"b\".txt")
        document.metadata.title = "<script>alert(1)</script> *titolo*"
        document.normalizedText = "Prima frase. Seconda frase."
        document.sentences = [
            Sentence(id: 0, text: "Prima frase.", start: 0, end: 12),
            Sentence(id: 1, text: "Seconda frase.", start: 13, end: 27),
        ]
        document.scores = [
            SentenceScore(sentence: 0, total: 0.123456, features: ["position": 1, "centroid": 0.5]),
            SentenceScore(sentence: 1, total: 2.0 / 3.0, features: ["position": 0.8, "centroid": 0.25]),
        ]
        document.brief.it = [BriefSentence(text: "Seconda frase.", sourceSentence: 1, score: 2.0 / 3.0)]
        document.brief.en = [BriefSentence(text: "Second sentence.", sourceSentence: 1, score: 2.0 / 3.0)]
        document.repairs = [Repair(rule: "glued-words", before: "fraseSeconda", after: "frase. Seconda", offset: 6)]
        return document
    }

    @Test func jsonFollowsTheContractAndParses() throws {
        let json = JSONRenderer().render(sample())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["version"] as? String == SuntoVersion.current)
        let brief = try #require(object["brief"] as? [String: Any])
        let english = try #require(brief["en"] as? [[String: Any]])
        #expect(english.first?["source_sentence"] as? Int == 1)
        let sentences = try #require(object["sentences"] as? [[String: Any]])
        #expect(sentences.map { $0["id"] as? Int } == [0, 1])
        let keys = ["\"version\"", "\"source\"", "\"metadata\"", "\"sentences\"", "\"brief\"", "\"terms\"", "\"repairs\"", "\"warnings\""]
        let positions = keys.map { json.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test func jsonIsTheSameBytesEveryTime() {
        let document = sample()
        #expect(JSONRenderer().render(document) == JSONRenderer().render(document))
        #expect(JSONRenderer().render(document).contains("\"score\": 0.6667"))
    }

    @Test func compactJSONIsOneLine() {
        let json = JSONRenderer(pretty: false).render(sample())
        #expect(!json.contains("\n"))
    }

    @Test func markdownEscapesMarkupFromTheArticle() {
        let markdown = MarkdownRenderer().render(sample())
        #expect(markdown.hasPrefix("# \\<script\\>alert(1)\\</script\\> \\*titolo\\*\n"))
        #expect(markdown.contains("> Seconda frase. <sub>[s1]</sub>"))
        #expect(markdown.contains("## English"))
        #expect(markdown.contains("| glued-words | `fraseSeconda` | `frase. Seconda` |"))
    }

    @Test func plainTextFitsEightyColumns() {
        var document = sample()
        document.brief.it = [BriefSentence(text: String(repeating: "parola lunga ", count: 40), sourceSentence: 0, score: 1)]
        let text = TextRenderer().render(document)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(text.contains("ITALIANO"))
    }
}
