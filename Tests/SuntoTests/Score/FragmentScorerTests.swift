import Testing

@testable import Sunto

@Suite struct FragmentScorerTests {
    @Test(arguments: [
        ("Il governo ha approvato il decreto.", 0.0),
        ("«Non ci fermeremo», ha detto il sindaco.", 0.0),
        ("Chi paga il conto?", 0.0),
        ("e poi il consiglio ha votato.", 1.0),
        ("ULTIM'ORA", 1.0),
        ("— 12 —", 1.0),
        ("Il ministro all'uscita da Palazzo Chigi", 0.5),
        ("Ecco i punti principali:", 0.5),
    ] as [(String, Double)])
    func fragmentsArePenalised(_ text: String, _ expected: Double) {
        #expect(FragmentScorer().scores(for: ArticleFixture.features([text])) == [expected], "\(text)")
    }
}
