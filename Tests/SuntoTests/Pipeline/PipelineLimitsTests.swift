import Foundation
import Testing

@testable import Sunto

/// Pipeline files cannot exhaust memory or time: aliases of aliases and huge files are refused.
@Suite struct PipelineLimitsTests {
    @Test(.timeLimit(.minutes(1)))
    func aliasesThatExpandExponentiallyAreRefused() {
        var yaml = "stages:\n  - decode:\n      x0: &a0 [1, 1, 1, 1, 1, 1, 1, 1, 1]\n"
        for level in 1...10 {
            yaml += "      x\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        #expect(throws: SuntoError.pipeline(file: "p.yaml", line: 1, message: "more than 100000 values once aliases are expanded; write the options out")) {
            try PipelineSpec.parse(yaml: yaml, file: "p.yaml")
        }
    }

    @Test func aFewAliasesAreStillFine() throws {
        let yaml = "stages:\n  - normalize:\n      repairs: &r [html-entities]\n  - segment\n"
        #expect(try PipelineSpec.parse(yaml: yaml, file: "p.yaml").entries.count == 2)
    }

    @Test func aPipelineFileOverOneMebibyteIsRefused() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sunto-pipeline-\(UUID().uuidString).yaml")
        try Data(("stages:\n  - segment\n" + String(repeating: "# commento\n", count: 100_000)).utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            try Pipeline(file: url.path)
        } throws: { error in
            guard case .pipeline(_, 0, let message) = error as? SuntoError else { return false }
            return message.hasSuffix("over the limit of 1048576 bytes for a pipeline file")
        }
    }
}
