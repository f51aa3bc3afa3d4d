import Testing
import Yams

@testable import Sunto

extension SegmentTests {
    @Suite struct SegmentStageTests {
        private func options(_ yaml: String) throws -> StageOptions {
            let mapping = try Yams.compose(yaml: yaml)?.mapping
            return try StageOptions(stage: "segment", file: "test.yaml", line: 1, mapping: mapping)
        }

        @Test func stageSetsSentencesFromNormalizedText() async throws {
            var document = Document(text: "ignored")
            document.normalizedText = "Il sig. Rossi è arrivato. Poi è ripartito."
            let stage: any Stage = SegmentStage()
            let result = try await stage.process(document)
            #expect(result.sentences.map(\.text) == ["Il sig. Rossi è arrivato.", "Poi è ripartito."])
            #expect(result.text == document.text)
        }

        @Test func abbreviationsOptionAddsToTheBuiltInList() async throws {
            var options = try options("abbreviations: [cons., Rif]")
            let stage = try SegmentStage(options: &options)
            try options.finish()
            #expect(stage.name == "segment")
            #expect(stage.splitter.split("Lo ha detto il cons. Ferri. Vedi rif. Allegato uno.").count == 2)
            #expect(stage.splitter.split("Lo ha detto il sig. Ferri.").count == 1)
        }

        @Test func stageWithoutOptionsUsesTheBuiltInList() throws {
            var options = StageOptions.empty(stage: "segment")
            let stage = try SegmentStage(options: &options)
            #expect(stage.splitter.abbreviations == ItalianAbbreviations.builtIn)
        }

        @Test(arguments: ["abbreviations: [ad es.]", "abbreviations: ['.']", "abbreviations: [\"l'avv.\"]"])
        func abbreviationThatCanNeverMatchIsRejectedWithItsPlace(_ yaml: String) throws {
            var options = try options(yaml)
            let error = #expect(throws: SuntoError.self) { try SegmentStage(options: &options) }
            #expect(error?.description.hasPrefix("test.yaml:1: stage 'segment', option 'abbreviations'") == true)
        }

        @Test func abbreviationsThatAreNotAListAreRejected() throws {
            var options = try options("abbreviations: cons.")
            #expect(throws: SuntoError.self) { try SegmentStage(options: &options) }
        }
    }
}
