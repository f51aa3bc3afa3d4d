import Testing

@testable import Sunto

@Suite struct ArticleFeaturesTests {
    @Test func wordsAreCountedAndReducedToSharedTerms() {
        let article = ArticleFixture.features(["L'accordo è firmato.", "Gli accordi sono firmati."])
        #expect(article.wordCounts == [4, 4])
        #expect(Set(article.terms[0]) == Set(article.terms[1]))
        #expect(article.documentFrequency.allSatisfy { $0 == 2 })
    }

    @Test func aFirstSentenceEqualToTheTitleIsTheHeadline() {
        let texts = ["Genova, la diga foranea", "Il porto amplia la diga."]
        #expect(ArticleFixture.features(texts, title: texts[0]).headline == 0)
        #expect(ArticleFixture.features(texts, title: "Un altro titolo").headline == nil)
        #expect(!ArticleFixture.features(texts, title: texts[0]).isBody(0))
    }

    @Test func titleTermsShareTheArticleVocabulary() {
        let article = ArticleFixture.features(["Il porto amplia la diga."], title: "Diga del porto")
        #expect(Set(article.titleTerms).isSubset(of: Set(article.terms[0])))
    }
}
