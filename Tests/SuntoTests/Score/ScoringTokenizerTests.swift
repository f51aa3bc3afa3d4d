import Testing

@testable import Sunto

@Suite struct ScoringTokenizerTests {
    private func kinds(_ text: String) -> [ScoringToken.Kind] {
        ScoringTokenizer.tokens(in: text).map(\.kind)
    }

    @Test(arguments: [
        ("L'accordo vale 3,5 miliardi.", [.word, .word, .word, .number, .word, .mark]),
        ("Il conflitto russo-ucraina e il Covid-19", [.word, .word, .word, .word, .word, .word]),
        ("«Città» – 1.200", [.mark, .word, .mark, .mark, .number]),
        ("dell’Unione\u{00A0}europea", [.word, .word, .word]),
    ] as [(String, [ScoringToken.Kind])])
    func textIsSplitIntoWordsNumbersAndMarks(_ text: String, _ expected: [ScoringToken.Kind]) {
        #expect(kinds(text) == expected, "\(text)")
    }

    @Test func wordKeysIgnoreCaseAndAccentsStayDistinct() {
        let tokens = ScoringTokenizer.tokens(in: "Città città CITTÀ citta")
        #expect(tokens[0].key == tokens[1].key)
        #expect(tokens[1].key == tokens[2].key)
        #expect(tokens[2].key != tokens[3].key)
        #expect(tokens[0].key == ScoringTokenizer.key(of: "città"))
        #expect(tokens.map(\.isCapitalized) == [true, false, true, false])
    }

    @Test(arguments: [("accordo", "accordi"), ("nazione", "nazioni"), ("politica", "politiche"), ("banca", "banche"), ("nuova", "nuovo")])
    func inflectionsShareATerm(_ a: String, _ b: String) {
        #expect(ScoringTokenizer.tokens(in: a)[0].termKey == ScoringTokenizer.tokens(in: b)[0].termKey)
    }

    @Test(arguments: ["il", "della", "Anche", "l'", "sono"])
    func stopwordsAreNotTerms(_ word: String) {
        #expect(ScoringTokenizer.tokens(in: word).allSatisfy { $0.termKey == 0 })
    }

    @Test func quotationMarksAndClauseOpenersAreRecognised() {
        let marks = ScoringTokenizer.tokens(in: "« » “ ” \" – : , ").map(\.mark)
        #expect(marks == [.openingQuote, .closingQuote, .openingQuote, .closingQuote, .straightQuote, .clauseOpener, .clauseOpener, .other])
    }
}
