import Testing

@testable import Sunto

@Suite struct LengthScorerTests {
    @Test(arguments: [(1, 1.0), (5, 0.5), (9, 0.0), (20, 0.0), (50, 0.0), (75, 0.5), (100, 1.0), (300, 1.0)] as [(Int, Double)])
    func sentencesOutsideTheReadableRangeArePenalised(_ words: Int, _ expected: Double) {
        let text = (0..<words).map { "parola\($0)" }.joined(separator: " ") + "."
        let value = LengthScorer(short: 9, long: 50).scores(for: ArticleFixture.features([text]))[0]
        #expect(abs(value - expected) < 1e-9, "\(words) words: \(value)")
    }
}
