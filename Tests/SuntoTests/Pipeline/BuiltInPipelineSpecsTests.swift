import Foundation
import Testing

@testable import Sunto

/// The built-in pipelines are made from Swift written in advance; it must be exactly what their
/// YAML gives. `SUNTO_UPDATE_GOLDEN=1 swift test --filter BuiltInPipelineSpecs` (run by
/// scripts/embed-pipelines) rewrites it.
@Suite struct BuiltInPipelineSpecsTests {
    private static let source = #filePath.split(separator: "/").dropLast(4).joined(separator: "/")
    private static let generated = "/\(source)/Sources/Sunto/Pipeline/BuiltInPipelines+Specs.swift"

    @Test func theWrittenSpecsAreWhatTheYAMLGives() throws {
        let swift = try PipelineSpec.builtInSpecsSource()
        if ProcessInfo.processInfo.environment["SUNTO_UPDATE_GOLDEN"] == "1" {
            try swift.write(toFile: Self.generated, atomically: true, encoding: .utf8)
            return
        }
        #expect(try String(contentsOfFile: Self.generated, encoding: .utf8) == swift,
                "the built-in pipeline specs are stale: run scripts/embed-pipelines")
        for (name, yaml) in PipelineSpec.builtInYAML {
            let written = try #require(PipelineSpec.builtInSpec(named: name), "no written spec for '\(name)'")
            let parsed = try PipelineSpec.parse(yaml: yaml, file: "pipelines/\(name).yaml")
            #expect(written.swiftExpression == parsed.swiftExpression, "'\(name)' reads differently from its YAML")
        }
        #expect(PipelineSpec.builtInSpec(named: "no-such-pipeline") == nil)
    }

    @Test func everyKindOfValueIsWrittenAsSwiftThatMakesIt() throws {
        let yaml = """
            name: t
            description: "a \\"quoted\\" \\\\ path, è"
            stages:
              - segment
              - score:
                  weights: {position: 1.0, title: 0.3}
                  position-decay: 1e-6
                  flag: true
                  count: 12
                  list: [a, b]
                  none: ~
            """
        let spec = try PipelineSpec.parse(yaml: yaml, file: "t.yaml")
        let text = spec.swiftExpression
        #expect(text.contains(#"description: "a \"quoted\" \\ path, è""#))
        #expect(text.contains(#"("position-decay", .scalar(text: "1e-6", int: nil, float: 1e-06, bool: nil), 7)"#))
        #expect(text.contains(#"("flag", .scalar(text: "true", int: nil, float: nil, bool: true), 8)"#))
        #expect(text.contains(#"("count", .scalar(text: "12", int: 12, float: 12.0, bool: nil), 9)"#))
        #expect(text.contains(#"("list", .sequence([.scalar(text: "a", int: nil, float: nil, bool: nil), .scalar(text: "b", int: nil, float: nil, bool: nil)]), 10)"#))
        #expect(text.contains(#"("none", .null, 11)"#))
        #expect(text.contains(#"(key: .scalar(text: "title", int: nil, float: nil, bool: nil), value: .scalar(text: "0.3", int: nil, float: 0.3, bool: nil))"#))
        #expect(text.contains(#"Entry(\#n                        name: "segment","#))
    }
}
