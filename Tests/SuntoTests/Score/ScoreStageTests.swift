import Testing

@testable import Sunto

@Suite struct ScoreStageTests {
    @Test func totalsAreTheWeightedMeanOfTheFeaturesMinusThePenalties() {
        let stage = ScoreStage(weights: ["position": 2, "centroid": 1, "length": 0.5, "boilerplate": 1])
        let result = stage.process(ArticleFixture.document(ArticleFixture.breakwater + ["Riproduzione riservata."]))
        #expect(stage.featureNames == ["position", "centroid", "boilerplate", "length"])
        for score in result.scores {
            let f = score.features
            let expected = (2 * f["position"]! + f["centroid"]!) / 3 - 0.5 * f["length"]! - f["boilerplate"]!
            #expect(abs(score.total - expected) < 1e-12)
        }
        #expect(result.scores.last!.total < 0)
    }

    @Test func scorersWeightedZeroDoNotRun() {
        let stage = ScoreStage(weights: ["position": 1, "lexrank": 0])
        #expect(stage.featureNames == ["position"])
    }

    @Test func everyCatalogScorerHasTheNameItIsRegisteredUnder() {
        #expect(ScorerCatalog.defaultScorers().map(\.name) == ScorerCatalog.names)
    }

    @Test func scoresAreTheSameOnEveryRun() {
        let stage = ScoreStage(weights: Dictionary(uniqueKeysWithValues: ScorerCatalog.names.map { ($0, 1.0) }))
        let document = ArticleFixture.document(ArticleFixture.breakwater, title: "Genova, la diga foranea")
        #expect(stage.process(document).scores == stage.process(document).scores)
    }

    @Test(arguments: [
        ("position-decay: -1", "outside"),
        ("lexrank-similarity: jaccard", "'jaccard' is not one of tfidf, bm25, overlap"),
        ("graph-window: 0", "outside"),
        ("length-shortest: 3", "unknown option"),
    ])
    func badScorerOptionsAreReportedWithTheirLine(_ option: String, _ message: String) {
        let yaml = "stages:\n  - score:\n      weights: {position: 1}\n      \(option)\n"
        do {
            _ = try Pipeline(spec: PipelineSpec.parse(yaml: yaml, file: "p.yaml"), settings: PipelineSettings(languages: [.it]))
            Issue.record("\(option) was accepted")
        } catch {
            #expect(error.description.hasPrefix("p.yaml:4: "), "\(error)")
            #expect(error.description.contains(message), "\(error)")
        }
    }
}
