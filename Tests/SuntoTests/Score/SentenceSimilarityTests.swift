import Testing

@testable import Sunto

@Suite struct SentenceSimilarityLinksTests {
    /// A longer article: the breakwater story forward and then backward, its off-topic line in each.
    static let article = ArticleFixture.features(ArticleFixture.breakwater + ArticleFixture.breakwater.reversed())

    @Test(arguments: SentenceSimilarity.allCases, [1, 2, 40])
    func linksFromSharedTermsEqualThoseFromComparingEveryPair(similarity: SentenceSimilarity, window: Int) {
        let nodes = Array(Self.article.sentences.indices.dropFirst())
        let links = similarity.links(among: nodes, of: Self.article, within: window)
        let compared = SentenceSimilarity.links(among: nodes, within: window, by: similarity.measure(for: Self.article))
        #expect(!compared.isEmpty)
        #expect(links.map(\.a) == compared.map(\.a))
        #expect(links.map(\.b) == compared.map(\.b))
        #expect(links.map(\.weight) == compared.map(\.weight))
    }
}
