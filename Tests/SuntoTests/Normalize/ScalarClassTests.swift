import Testing

@testable import Sunto

/// The character classes the rules ask of every scalar answer ASCII and Latin-1 from the code
/// point; they must agree with the Unicode properties they stand for.
@Suite struct ScalarClassTests {
    /// ASCII, Latin-1, Latin Extended-A/B and the combining marks: where the shortcuts end.
    static let scalars = (0..<0x0370).compactMap(Unicode.Scalar.init) + ["\u{2019}", "\u{1E9E}", "\u{FB01}"]

    @Test func lettersAreTheAlphabeticScalars() {
        for scalar in Self.scalars {
            #expect(scalar.isLetter == scalar.properties.isAlphabetic, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func caseAgreesWithTheUnicodeProperties() {
        for scalar in Self.scalars {
            let letter = scalar.properties.isAlphabetic
            #expect(scalar.isUppercaseLetter == (scalar.properties.isUppercase && (letter || scalar.value >= 0x80)), "U+\(String(scalar.value, radix: 16))")
            #expect(scalar.isLowercaseLetter == (scalar.properties.isLowercase && (letter || scalar.value >= 0x80)), "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func wordScalarsAreLettersDigitsAndCombiningMarks() {
        for scalar in Self.scalars {
            let expected = scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
                || (scalar.value < 0x80 && scalar.properties.numericType == .decimal)
            #expect(scalar.isWordScalar == expected, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func accentedItalianLettersNeedNoLookup() {
        for letter in "àèéìòùÀÈÉÌÒÙ".unicodeScalars {
            #expect(letter.isLetter && letter.isWordScalar)
        }
        #expect("È".unicodeScalars.first!.isUppercaseLetter && "è".unicodeScalars.first!.isLowercaseLetter)
        #expect(!"×".unicodeScalars.first!.isLetter && !"÷".unicodeScalars.first!.isWordScalar)
    }
}
