import Testing

@testable import Sunto

extension SegmentTests {
    /// The scalar classes answer ASCII and Latin-1 from the code point; beyond, from Unicode's
    /// properties. The answers must be the properties' own for every scalar.
    @Suite struct SegmentScalarTests {
        /// Every scalar of Latin-1 and Latin Extended-A, and a sample further on.
        static let scalars: [Unicode.Scalar] = (0..<0x250).compactMap(Unicode.Scalar.init)
            + [0x2010, 0x2019, 0x2028, 0x3000, 0x0660, 0x0966, 0x01C5, 0x0301].compactMap(Unicode.Scalar.init)

        private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.generalCategory == .decimalNumber
        }

        @Test func whiteSpaceIsUnicodeWhiteSpace() {
            for scalar in Self.scalars {
                #expect(SegmentScalar.isWhitespace(scalar) == scalar.properties.isWhitespace, "U+\(String(scalar.value, radix: 16))")
            }
        }

        @Test func digitsAreDecimalNumbers() {
            for scalar in Self.scalars {
                #expect(SegmentScalar.isDigit(scalar) == Self.isDigit(scalar), "U+\(String(scalar.value, radix: 16))")
            }
        }

        @Test func lettersAreAlphabeticOrMarks() {
            for scalar in Self.scalars {
                let marks: [Unicode.GeneralCategory] = [.nonspacingMark, .spacingMark, .enclosingMark]
                let letter = marks.contains(scalar.properties.generalCategory) || scalar.properties.isAlphabetic && !Self.isDigit(scalar)
                #expect(SegmentScalar.isLetter(scalar) == letter, "U+\(String(scalar.value, radix: 16))")
            }
        }

        @Test func capitalsAreUppercaseOrTitlecase() {
            for scalar in Self.scalars {
                let capital = scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
                #expect(SegmentScalar.isUppercase(scalar) == capital, "U+\(String(scalar.value, radix: 16))")
            }
        }

        @Test func accentedItalianLettersAreLetters() {
            for scalar in "àèéìòùÀÈÉÌÒÙ".unicodeScalars {
                #expect(SegmentScalar.isLetter(scalar))
                #expect(!SegmentScalar.isDigit(scalar))
            }
            #expect(SegmentScalar.isUppercase("È"))
            #expect(!SegmentScalar.isUppercase("è"))
            #expect(!SegmentScalar.isLetter("×"))
            #expect(!SegmentScalar.isLetter("÷"))
        }
    }
}
