import Testing

@testable import Sunto

@Suite struct ScoreStageTests {
    private func document(_ texts: [String]) -> Document {
        var document = Document(text: texts.joined(separator: " "))
        document.sentences = texts.enumerated().map { Sentence(id: $0, text: $1, start: 0, end: 0) }
        return document
    }

    @Test func positionFavoursTheLead() {
        let article = ArticleFeatures(sentences: (0..<6).map { Sentence(id: $0, text: "Frase numero \($0).", start: 0, end: 0) })
        let values = PositionScorer().scores(for: article)
        #expect(values == values.sorted(by: >))
        #expect(values[0] == 1)
    }

    @Test func lengthPenalisesFragmentsAndRunOns() {
        let texts = [
            "Breve.",
            "Questa frase ha una lunghezza del tutto normale per un articolo di cronaca italiana di oggi.",
            String(repeating: "parola ", count: 90) + "fine.",
        ]
        let values = LengthScorer().scores(for: ArticleFeatures(sentences: texts.enumerated().map { Sentence(id: $0, text: $1, start: 0, end: 0) }))
        #expect(values[1] == 1)
        #expect(values[0] < 0.1)
        #expect(values[2] < 0.5)
    }

    @Test func theSentenceSharingTheArticlesVocabularyIsMostCentral() {
        let texts = [
            "Il porto di Genova amplia la diga foranea.",
            "La nuova diga foranea del porto di Genova costerà un miliardo.",
            "Il cantiere della diga foranea di Genova aprirà a marzo.",
            "Ieri ha piovuto sulle Alpi.",
        ]
        let values = CentroidScorer().scores(for: ArticleFeatures(sentences: texts.enumerated().map { Sentence(id: $0, text: $1, start: 0, end: 0) }))
        #expect(values.firstIndex(of: values.max() ?? 0) != 3)
        #expect(values[3] < values[0] && values[3] < values[1] && values[3] < values[2])
    }

    @Test func totalsAreTheWeightedMeanOfTheFeatures() {
        let stage = ScoreStage(weights: ["position": 2, "length": 0, "centroid": 1])
        let result = stage.process(document(["Prima frase sul porto di Genova.", "Seconda frase sul porto di Genova e la diga."]))
        for score in result.scores {
            #expect(score.features.keys.sorted() == ["centroid", "position"])
            let expected = (2 * (score.features["position"] ?? 0) + (score.features["centroid"] ?? 0)) / 3
            #expect(abs(score.total - expected) < 1e-12)
        }
    }
}
