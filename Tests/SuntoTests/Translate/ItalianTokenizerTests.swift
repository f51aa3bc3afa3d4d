import Testing

@testable import Sunto

/// Tokenization of Italian sentences for the built-in engine.
struct ItalianTokenizerTests {
    @Test func elisionsSplitAfterTheApostrophe() {
        #expect(ItalianTokenizer.tokenize("dell'accordo un po' l’Italia").map(\.text) == ["dell'", "accordo", "un", "po'", "l'", "Italia"])
    }

    @Test func numbersPlaceholdersAndPunctuationAreTokens() {
        let tokens = ItalianTokenizer.tokenize("«ZZT12ZZ», 3,5% e G7.")
        #expect(tokens.map(\.text) == ["«", "ZZT12ZZ", "»", ",", "3,5", "%", "e", "G7", "."])
        #expect(tokens[1].kind == .placeholder)
        #expect(tokens[4].kind == .number)
        #expect(tokens[7].kind == .word)
    }

    @Test func anElisionBeforeANumberIsItsOwnWord() {
        #expect(ItalianTokenizer.tokenize("dell'80% l'11 settembre").map(\.text) == ["dell'", "80", "%", "l'", "11", "settembre"])
    }

    @Test func accentsAndCombiningMarksStayInTheirWord() {
        #expect(ItalianTokenizer.tokenize("Città e\u{301} perché").map(\.text) == ["Città", "e\u{301}", "perché"])
    }

    @Test func dottedAbbreviationsAndHyphenatedWordsAreOneWord() {
        #expect(ItalianTokenizer.tokenize("gli U.S.A. e l'area euro-atlantica").map(\.text) == ["gli", "U.S.A", ".", "e", "l'", "area", "euro-atlantica"])
    }

    @Test func anEmojiSequenceIsOneSymbol() {
        let tokens = ItalianTokenizer.tokenize("Bene 👍🏽 e 🇮🇹🇫🇷 no")
        #expect(tokens.map(\.text) == ["Bene", "👍🏽", "e", "🇮🇹", "🇫🇷", "no"])
        #expect(tokens[1].kind == .punctuation)
    }

    @Test func everyKindOfSpaceSeparatesWords() {
        let tokens = ItalianTokenizer.tokenize("uno\u{00A0}due\tsei\u{2009}sette")
        #expect(tokens.map(\.text) == ["uno", "due", "sei", "sette"])
        #expect(tokens.dropFirst().map(\.spaceBefore) == [true, true, true])
    }

    @Test func contractionsAndEncliticsAreAnalysed() {
        #expect(ItalianContractions.split("della")! == ("di", "la"))
        #expect(ItalianContractions.split("nell'")! == ("in", "l'"))
        #expect(ItalianContractions.split("casa") == nil)
        #expect(ItalianEnclitics.analyse("farlo")?.verb.first?.lemma == "fare")
        #expect(ItalianEnclitics.analyse("farlo")?.pronoun == "lo")
    }
}
