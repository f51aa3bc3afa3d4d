import Foundation
import Testing

@testable import Sunto

@Suite struct SentenceScoreTests {
    @Test func featuresAreKeptInAlphabeticalOrderWhateverTheyWereGivenIn() {
        let score = SentenceScore(sentence: 2, total: 0.5, features: ["title": 0.1, "position": 1, "closing": 0.3])
        #expect(score.featureNames == ["closing", "position", "title"])
        #expect(score.featureValues == [0.3, 1, 0.1])
        #expect(score.features == ["title": 0.1, "position": 1, "closing": 0.3])
    }

    @Test func aFeatureIsFoundByNameAndAMissingOneIsNil() {
        let score = SentenceScore(sentence: 0, total: 0, features: ["density": 0.25, "position": 0.5])
        #expect(score.feature("density") == 0.25)
        #expect(score.feature("lexrank") == nil)
    }

    @Test func settingTheFeaturesReordersThem() {
        var score = SentenceScore(sentence: 0, total: 0, features: [:])
        score.features = ["quotes": 0.2, "boilerplate": 0]
        #expect(score.featureNames == ["boilerplate", "quotes"])
        #expect(score.feature("quotes") == 0.2)
    }

    @Test func scoresMadeBothWaysAreEqual() {
        let given = SentenceScore(sentence: 1, total: 0.75, features: ["b": 0.5, "a": 1])
        let sorted = SentenceScore(sentence: 1, total: 0.75, sortedNames: ["a", "b"], values: [1, 0.5])
        #expect(given == sorted)
    }

    @Test func codingWritesTheFeaturesAsAnObjectAndReadsThemBack() throws {
        let score = SentenceScore(sentence: 3, total: 0.125, features: ["position": 0.5, "closing": 0.25])
        let data = try JSONEncoder().encode(score)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["features"] as? [String: Double] == ["position": 0.5, "closing": 0.25])
        #expect(try JSONDecoder().decode(SentenceScore.self, from: data) == score)
    }
}
