import Testing

@testable import Sunto

@Suite struct FeatureCacheTests {
    private func scored(_ text: String) -> Document {
        var document = Document(text: text)
        document.sentences = text.split(separator: "\n").enumerated().map { index, line in
            Sentence(id: index, text: String(line), start: 0, end: line.utf8.count)
        }
        return ScoreStage().process(document)
    }

    @Test func theSummarizeStageReusesTheFeaturesOfTheScoreStage() throws {
        let document = scored("Il governo approva la manovra.\nLe opposizioni protestano in aula.")
        let features = try #require(document.featureCache.features(for: document))
        #expect(features.sentences == document.sentences)
    }

    @Test func changedSentencesMakeTheFeaturesBeComputedAgain() {
        var document = scored("Il governo approva la manovra.\nLe opposizioni protestano in aula.")
        document.sentences.removeLast()
        #expect(document.featureCache.features(for: document) == nil)
        #expect(document.articleFeatures.sentences.count == 1)
    }

    @Test func theCacheDoesNotTakePartInEquality() {
        let text = "Il governo approva la manovra.\nLe opposizioni protestano in aula."
        var plain = scored(text)
        plain.featureCache = FeatureCache()
        #expect(plain == scored(text))
    }
}
