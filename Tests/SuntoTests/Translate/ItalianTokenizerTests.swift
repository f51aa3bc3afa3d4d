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

    @Test func contractionsAndEncliticsAreAnalysed() {
        #expect(ItalianContractions.split("della")! == ("di", "la"))
        #expect(ItalianContractions.split("nell'")! == ("in", "l'"))
        #expect(ItalianContractions.split("casa") == nil)
        #expect(ItalianEnclitics.analyse("farlo")?.verb.first?.lemma == "fare")
        #expect(ItalianEnclitics.analyse("farlo")?.pronoun == "lo")
    }
}
