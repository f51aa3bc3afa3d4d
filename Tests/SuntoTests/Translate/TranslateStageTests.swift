import Testing

@testable import Sunto

/// Engine selection in the translate stage.
struct TranslateStageTests {
    @Test func theBuiltinEngineIsTheDefault() throws {
        var options = try StageOptions(stage: "translate", file: "test.yaml", line: 1, mapping: nil)
        let stage = try TranslateStage(options: &options, settings: PipelineSettings())
        #expect(stage.translator.name == "builtin")
    }

    @Test func unknownEnginesAreUsageErrors() {
        #expect(throws: SuntoError.self) { try TranslateStage.translator(named: "babelfish") }
    }

    @Test func theCommandEngineNeedsAProgram() {
        #expect(throws: SuntoError.self) { try CommandTranslator(command: []).checkAvailable() }
        #expect(throws: SuntoError.self) { try CommandTranslator(command: ["/nonexistent/program"]).checkAvailable() }
    }

    @Test func theCommandEngineRunsAnyLineProgram() async throws {
        let english = try await CommandTranslator(command: ["cat"]).translate(["uno", "due"])
        #expect(english == ["uno", "due"])
    }

    @Test func theCommandEngineProtectsGlossaryTerms() async throws {
        let glossary = try GlossaryLoader.parse(Array("it\ten\nnegozio\tstore\n".utf8), path: "g.tsv")
        let english = try await LineTranslator(translator: CommandTranslator(command: ["cat"]), glossaries: GlossarySet([glossary]))
            .translate(["Il negozio"])
        #expect(english == ["Il store"])
    }
}
