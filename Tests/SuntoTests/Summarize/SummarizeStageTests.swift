import Testing

@testable import Sunto

@Suite struct SummarizeStageTests {
    private func budget(_ yaml: String, _ settings: PipelineSettings) throws -> Budget? {
        let spec = try PipelineSpec.parse(yaml: "stages:\n  - summarize:\n\(yaml)", file: "p.yaml")
        var options = try #require(spec.entries.first).options
        return try SummarizeStage(options: &options, settings: settings).selector.budget
    }

    @Test(arguments: [
        ("      sentences: 4\n", PipelineSettings(), Budget.sentences(4)),
        ("      words: 60\n", PipelineSettings(), .words(60)),
        ("      ratio: 0.25\n", PipelineSettings(), .ratio(0.25)),
        ("      sentences: 4\n", PipelineSettings(sentences: 2), .sentences(2)),
        ("      words: 60\n", PipelineSettings(ratio: 0.5), .ratio(0.5)),
        ("      ratio: 0.25\n", PipelineSettings(sentences: 2, words: 30), .words(30)),
        ("      sentences: 4\n", PipelineSettings(sentences: 2, ratio: 0.1), .ratio(0.1)),
    ] as [(String, PipelineSettings, Budget)])
    func theCommandLineBudgetWinsOverTheFile(_ yaml: String, _ settings: PipelineSettings, _ expected: Budget) throws {
        #expect(try budget(yaml, settings) == expected)
    }

    @Test func theBriefCarriesTheSourceIdAndTotalOfEachSentence() {
        var document = ArticleFixture.document(ArticleFixture.breakwater)
        document = ScoreStage().process(document)
        let result = SummarizeStage(selector: SentenceSelector(budget: .sentences(2))).process(document)
        #expect(result.brief.it.count == 2)
        for sentence in result.brief.it {
            #expect(sentence.text == document.sentences[sentence.sourceSentence].text)
            #expect(sentence.score == document.scores[sentence.sourceSentence].total)
        }
        #expect(result.selection == result.brief.it.map(\.sourceSentence))
    }

    @Test func aRatioOutsideItsRangeIsAnError() {
        #expect(throws: SuntoError.self) { try budget("      ratio: 1.5\n", PipelineSettings()) }
    }
}
