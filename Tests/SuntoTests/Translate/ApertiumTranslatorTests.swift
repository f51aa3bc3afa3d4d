import Testing

@testable import Sunto

@Suite(.enabled(if: ApertiumTranslator.isAvailable,
                "Apertium is not installed: sudo apt-get install -y apertium apertium-spa-ita apertium-eng-spa cg3"))
struct ApertiumTranslatorTests {
    let engine = ApertiumTranslator()

    @Test func everySentenceComesBackInEnglishInOrder() async throws {
        let italian = [
            "Il presidente ha firmato la legge.",
            "La guerra è finita.",
            "Il governo ha approvato il bilancio.",
        ]
        let english = try await engine.translate(italian)
        #expect(english.count == 3)
        #expect(english[0].lowercased().contains("president"))
        #expect(english[1].lowercased().contains("war"))
        #expect(english[2].lowercased().contains("government"))
    }

    @Test func aLineBreakInsideASentenceDoesNotShiftTheLines() async throws {
        let english = try await engine.translate(["La guerra\nè finita.", "Il governo ha deciso."])
        #expect(english.count == 2)
        #expect(english[1].lowercased().contains("government"))
    }

    @Test func noSentencesNeedNoRun() async throws {
        #expect(try await engine.translate([]) == [])
    }

    @Test func theTranslateStageFillsTheEnglishBrief() async throws {
        var document = Document(text: "x")
        document.brief.it = [BriefSentence(text: "La guerra è finita.", sourceSentence: 4, score: 0.5)]
        let result = try await TranslateStage(translator: engine).process(document)
        #expect(result.brief.en.count == 1)
        #expect(result.brief.en[0].sourceSentence == 4)
        #expect(result.brief.en[0].score == 0.5)
    }
}

@Suite struct TranslatorAvailabilityTests {
    /// A translator that is never installed, standing for Apertium on a machine without it.
    private struct MissingEngine: Translator {
        let name = "missing"
        func translate(_ sentences: [String]) async throws(SuntoError) -> [String] { sentences }
        func checkAvailable() throws(SuntoError) {
            throw .engineUnavailable(engine: name, hint: "install it, or pass --lang it")
        }
    }

    @Test func aMissingEngineSaysWhatToDoAndIsAUsageError() {
        let stage = TranslateStage(translator: MissingEngine())
        #expect {
            try stage.checkAvailable()
        } throws: { error in
            let error = error as? SuntoError
            return error?.exitCode == 64 && error?.description.contains("--lang it") == true
        }
    }
}
