import Testing

@testable import Sunto

/// A word's forms as the glossary matcher compares them.
@Suite struct TermTokenTests {
    static let numbers = ["0", "7", "11", "2024", "1.200", "3,5", "12.500,75", "1,", "0.0", "000"]

    /// A number's forms are the number: what lowercasing, stripping an ending and stemming give.
    @Test(arguments: numbers)
    func aNumberIsEveryFormOfItself(_ number: String) {
        let forms = TermToken.Forms(number, stemmer: ItalianStemmer())
        #expect(forms.surface == number)
        #expect(forms.lower == number.lowercased())
        #expect(forms.key == String(GlossaryMatcher.inflectionStem(number)))
        #expect(forms.verbKey == "v:" + ItalianStemmer().stem(number))
        #expect(TermToken.Forms(number, stemmer: nil).verbKey == "")
    }

    @Test func wordsWithDigitsAndLettersAreStillReduced() {
        let forms = TermToken.Forms("Accordi", stemmer: ItalianStemmer())
        #expect(forms.lower == "accordi")
        #expect(forms.key == "accord")
        #expect(TermToken.Forms("G7", stemmer: nil).lower == "g7")
        #expect(TermToken.Forms("dell’", stemmer: nil).key == "di")
    }
}
