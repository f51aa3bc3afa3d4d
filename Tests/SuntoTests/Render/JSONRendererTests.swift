import Foundation
import Testing

@testable import Sunto

/// The JSON brief: the machine contract.
@Suite struct JSONRendererTests {
    private func sample() -> Document { RenderFixture.small() }

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

    @Test(arguments: [true, false])
    func bytesAreTheTextAsUTF8(pretty: Bool) {
        let renderer = JSONRenderer(pretty: pretty)
        #expect(renderer.renderUTF8(sample()) == Array(renderer.render(sample()).utf8))
        #expect(renderer.renderUTF8(sample()).last == (pretty ? 0x0A : UInt8(ascii: "}")))
    }

    @Test(arguments: OutputFormat.allCases)
    func everyFormatWritesTheBytesOfItsText(format: OutputFormat) {
        #expect(format.renderer.renderUTF8(sample()) == Array(format.renderer.render(sample()).utf8))
    }
}
