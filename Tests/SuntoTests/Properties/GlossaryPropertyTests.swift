import Testing

@testable import Sunto

/// Glossary matching on hostile text with the built-in glossaries: hits never overlap and always
/// point at their own surface text.
@Suite struct GlossaryPropertyTests {
    static let articles = HostileText.articles(seed: 0x5EED_0002)

    @Test func hitsNeverOverlapAndSliceTheirSurface() throws {
        let matcher = GlossaryMatcher(index: GlossaryIndex(GlossarySet(try BuiltInGlossaries.all())))
        let normalizer = Normalizer()
        let splitter = SentenceSplitter()
        for article in Self.articles {
            let text = normalizer.normalize(article).text
            let scalars = Array(text.unicodeScalars)
            let hits = matcher.hits(in: splitter.split(text)).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
            for hit in hits {
                #expect(hit.start < hit.end && hit.end <= scalars.count)
                #expect(Array(scalars[hit.start..<hit.end]) == Array(hit.surface.unicodeScalars), "input: \(article.debugDescription)")
            }
            for (earlier, later) in zip(hits, hits.dropFirst()) {
                #expect(earlier.end <= later.start, "overlap in \(article.debugDescription): \(earlier) / \(later)")
            }
        }
    }
}
