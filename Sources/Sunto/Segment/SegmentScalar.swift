/// How the sentence splitter and the tokenizer classify single Unicode scalars.
///
/// A namespace rather than an extension on `Unicode.Scalar`, so the segmenter's notion of, say,
/// a closing mark cannot clash with a helper of the same name elsewhere in the module. Each test
/// checks ASCII first, then the rest of Latin-1 (the accented letters of Italian): news text is
/// nearly all in that range, and the Unicode property lookups cost more than the rest of a test.
enum SegmentScalar {
    /// `.` `!` `?` `…` and their doubled forms: marks that may end a sentence.
    static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "\u{2026}", "\u{203C}", "\u{2047}", "\u{2048}", "\u{2049}": true
        default: false
        }
    }

    /// Marks that close a quotation or a bracket and stay with the sentence they follow.
    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "»", "\u{201D}", "\"", "\u{2019}", "'", ")", "]", "}", "\u{203A}": true
        default: false
        }
    }

    /// Marks that open a quotation or a bracket and may come before a sentence's first word.
    static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "«", "\u{201C}", "\u{201E}", "\"", "\u{2018}", "'", "(", "[", "{", "\u{2039}": true
        default: false
        }
    }

    /// The straight and the typographic apostrophe.
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }

    /// Hyphens that join the parts of a compound word ("russo-ucraina").
    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }

    /// Marks that open a list item at the start of a line, when a space follows.
    static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "*", "\u{2022}", "\u{2013}", "\u{2014}", "\u{00B7}", "\u{25AA}": true
        default: false
        }
    }

    /// Scalars that end a line.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": true
        default: false
        }
    }

    /// Any white space, line breaks and the no-break space included.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0B}" || scalar == "\u{0C}"
        }
        // Of the rest of Latin-1, only the next line (U+0085) and the no-break space are white.
        if scalar.value < 0x100 { return scalar.value == 0x85 || scalar.value == 0xA0 }
        return scalar.properties.isWhitespace
    }

    /// White space that does not end a line.
    static func isHorizontalSpace(_ scalar: Unicode.Scalar) -> Bool {
        isWhitespace(scalar) && !isLineBreak(scalar)
    }

    /// Upper-case letters, accented capitals (À È É Ì Ò Ù) included.
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar >= "A" && scalar <= "Z" }
        if isLatin1Letter(scalar) { return scalar.value < 0xDF && scalar.value != 0xD7 }
        return scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
    }

    /// Decimal digits of any script.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar >= "0" && scalar <= "9" }
        // Latin-1 has no decimal digits beyond ASCII (¹ ² ³ are other numbers).
        if scalar.value < 0x100 { return false }
        return scalar.properties.generalCategory == .decimalNumber
    }

    /// Letters of any script, with the combining marks that may follow them.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") }
        if isLatin1Letter(scalar) { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar.properties.isAlphabetic && !isDigit(scalar)
        }
    }

    /// The letters of Latin-1 from À to ÿ, × and ÷ excepted (ª, µ and º, its other letters, are
    /// left to the property lookup).
    private static func isLatin1Letter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value &- 0xC0 < 0x40 && scalar.value != 0xD7 && scalar.value != 0xF7
    }

    /// Letters and digits: the scalars words and numbers are made of.
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || isDigit(scalar)
    }
}
