import Foundation
import Testing

@testable import Sunto

@Suite struct PipelineSpecTests {
    private func error(_ yaml: String, settings: PipelineSettings = PipelineSettings(languages: [.it])) -> SuntoError? {
        do {
            _ = try Pipeline(spec: PipelineSpec.parse(yaml: yaml, file: "p.yaml"), settings: settings)
            return nil
        } catch {
            return error
        }
    }

    @Test func builtInDefaultMatchesTheFileInPipelines() throws {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("pipelines/default.yaml")
        let file = try String(contentsOf: url, encoding: .utf8)
        #expect(file == PipelineSpec.builtInYAML["default"])
    }

    @Test func defaultPipelineHasEveryStageInOrder() throws {
        let spec = try PipelineSpec.builtIn(named: "default")
        #expect(spec.entries.map(\.name) == StageRegistry.names)
    }

    @Test func stagesWithoutOptionsAreAccepted() throws {
        let spec = try PipelineSpec.parse(yaml: "stages:\n  - decode\n  - normalize:\n  - segment: {}\n", file: "p.yaml")
        #expect(spec.entries.map(\.name) == ["decode", "normalize", "segment"])
    }

    @Test(arguments: [
        ("stages:\n  - decode\n  - summarise:\n      sentences: 2\n", 3, "unknown stage 'summarise'"),
        ("stages:\n  - decode\n  - summarize:\n      sentence: 2\n", 4, "unknown option"),
        ("stages:\n  - summarize:\n      sentences: two\n", 3, "expected a whole number"),
        ("stages:\n  - summarize:\n      sentences: 0\n", 3, "outside"),
        ("stages:\n  - normalize:\n      quotes: fancy\n", 3, "'fancy' is not one of"),
        ("stages:\n  - normalize:\n      repairs: [glued-words, typo-rule]\n", 3, "'typo-rule' is not one of"),
        ("stages:\n  - score:\n      weights: {position: 1, fame: 2}\n", 3, "'fame' is not one of"),
        ("name: x\nstage:\n  - decode\n", 2, "unknown key 'stage'"),
        ("stages:\n  - decode\n  - [segment]\n", 3, "each stage is a name"),
        ("stages: [decode\n", 2, "not valid YAML"),
        ("stages:\n  - translate:\n      engine: babelfish\n", 3, "'babelfish' is not one of"),
    ] as [(String, Int, String)])
    func mistakesAreReportedWithFileAndLine(_ yaml: String, _ line: Int, _ message: String) {
        let error = error(yaml)
        guard case .pipeline(let file, let reportedLine, let text) = error else {
            Issue.record("expected a pipeline error, got \(String(describing: error))")
            return
        }
        #expect(file == "p.yaml")
        #expect(reportedLine == line)
        #expect(text.contains(message), "\(text)")
        #expect(error?.description.hasPrefix("p.yaml:\(line): ") == true)
    }

    @Test func commandLineBudgetOverridesThePipelineFile() async throws {
        let spec = try PipelineSpec.parse(yaml: "stages:\n  - decode\n  - normalize\n  - segment\n  - score\n  - summarize:\n      sentences: 3\n", file: "p.yaml")
        let pipeline = try Pipeline(spec: spec, settings: PipelineSettings(sentences: 1, languages: [.it]))
        let document = try await pipeline.brief(text: "Prima frase della notizia. Seconda frase che segue. Terza frase finale.")
        #expect(document.brief.it.count == 1)
    }

    @Test func italianOnlyDropsTheTranslationStage() throws {
        let pipeline = try Pipeline(settings: PipelineSettings(languages: [.it]))
        #expect(!pipeline.runner.stages.contains { $0.name == "translate" })
    }
}

extension PipelineSpecTests {
    /// The lines of a pipeline from its `score` stage to its `translate` stage: how it chooses.
    private static func selectionStages(_ yaml: String) -> String {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let start = lines.firstIndex { $0.hasPrefix("  - score") } ?? lines.endIndex
        let end = lines.firstIndex { $0.hasPrefix("  - translate") } ?? lines.endIndex
        return lines[start..<max(start, end)].joined(separator: "\n")
    }

    /// Every option of every stage as "stage.option = value (line)", sorted.
    private static func options(of spec: PipelineSpec) -> [String] {
        spec.entries.flatMap { entry in
            let values = Mirror(reflecting: entry.options).children.first { $0.label == "values" }?.value as? [String: (node: OptionValue, line: Int)] ?? [:]
            return values.map { "\(entry.name).\($0.key) = \($0.value.node) (\($0.value.line))" }
        }.sorted()
    }

    @Test(arguments: ["default", "news", "lead", "lexrank", "textrank", "centroid"])
    func everyPresetMatchesItsFileInPipelinesAndBuilds(_ name: String) throws {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("pipelines/\(name).yaml")
        let yaml = try #require(PipelineSpec.builtInYAML[name])
        #expect(try String(contentsOf: url, encoding: .utf8) == yaml)
        let spec = try PipelineSpec.builtIn(named: name)
        #expect(spec.name == name)
        let resolvedFully = try PipelineSpec.parse(yaml: yaml, file: "pipelines/\(name).yaml")
        #expect(!Self.options(of: spec).isEmpty)
        #expect(Self.options(of: spec) == Self.options(of: resolvedFully), "a built-in pipeline reads the same without the tag-guessing resolver")
        _ = try Pipeline(spec: spec, settings: PipelineSettings(languages: [.it]))
        if name == "default" {
            #expect(Self.selectionStages(yaml) == Self.selectionStages(PipelineSpec.newsYAML), "default must choose sentences as news does")
        }
    }

    @Test(arguments: ["stages:\n  - decode\n  -\n", "stages:\n  - decode\n  -      # segment\n", "stages:\n  - ~\n", "stages:\n  - \"\": {}\n"])
    func anEmptyStageEntryIsAnErrorWithItsLine(_ yaml: String) {
        #expect {
            try PipelineSpec.parse(yaml: yaml, file: "p.yaml")
        } throws: { error in
            guard case .pipeline("p.yaml", let line, let message) = error as? SuntoError else { return false }
            return line >= 2 && (message.hasPrefix("empty stage entry") || message.hasPrefix("each stage is a name"))
        }
    }
}
