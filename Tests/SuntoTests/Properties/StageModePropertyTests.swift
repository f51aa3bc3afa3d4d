import Foundation
import Testing

@testable import Sunto

/// Stage mode answers every input line with exactly one output line, in order, whatever the line
/// holds: records with hostile text, broken JSON, empty lines, binary noise.
@Suite struct StageModePropertyTests {
    /// `count` input lines drawn from `seed`, none holding a line feed.
    static func lines(count: Int, seed: UInt64) -> [String] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { index in
            switch Int.random(in: 0..<10, using: &generator) {
            case 0..<4: StageModeTests.record("r\(index)", text: HostileText.article(using: &generator))
            case 4: StageModeTests.record("r\(index)", text: HostileText.sentence(using: &generator), lang: ["it", "en", "it,en", "xx", ""].randomElement(using: &generator)!)
            case 5: #"{"id":\#(index),"html":"<p>\#(HostileText.sentence(using: &generator).replacing("\"", with: "&quot;").replacing("\\", with: "").replacing("\n", with: " "))</p>"}"#
            case 6: ["", " ", "\r", "{", "[]", "null", "{}", #"{"id":[1]}"#, #"{"id":"x","text":5}"#, #"{"id":"x","bytes":"%%%"}"#].randomElement(using: &generator)!
            case 7: String(decoding: (0..<Int.random(in: 1...200, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }.filter { $0 != 0x0A }, as: UTF8.self)
            case 8: StageModeTests.record("r\(index)", text: String(repeating: "parola ", count: Int.random(in: 0...3000, using: &generator)))
            default: StageModeTests.record("r\(index)", text: HostileText.oddities.shuffled(using: &generator).joined()) + "\r"
            }
        }
    }

    @Test func everyInputLineGetsExactlyOneOutputLine() async throws {
        let pipeline = try Pipeline(settings: PipelineSettings(languages: [.it], jobs: 3))
        let lines = Self.lines(count: 120, seed: 0x5EED_0005)
        let output = try await StageModeTests.run(lines, pipeline: pipeline, languageCheck: false)
        #expect(output.count == lines.count)
        for (index, line) in output.enumerated() {
            let object = try StageModeTests.object(line)
            #expect(object["error"] != nil || object["version"] != nil, "line \(index + 1): \(line.prefix(200))")
            if object["error"] != nil, object["line"] != nil { #expect(object["line"] as? Int == index + 1) }
        }
    }
}
