/// Splits an Italian sentence into words, numbers, placeholders and punctuation.
///
/// Elisions split after the apostrophe (`dell'accordo` → `dell'` `accordo`, typographic
/// apostrophes read as straight ones); a final apostrophe after a vowel stays on its word
/// (`po'`). Works on Unicode scalars, which is several times cheaper than on characters:
/// combining marks stay on the scalar before them, and an emoji sequence stays one token.
enum ItalianTokenizer {
    static func tokenize(_ sentence: String) -> [SourceToken] {
        var tokens: [SourceToken] = []
        let scalars = Array(scalarsOf: sentence)
        var index = 0
        var spaceBefore = false
        while index < scalars.count {
            let scalar = scalars[index]
            if SegmentScalar.isWhitespace(scalar) {
                spaceBefore = true
                index += 1
                continue
            }
            let start = index
            let kind: SourceToken.Kind
            if isNumber(scalar) {
                index = endOfNumber(scalars, from: index)
                kind = index < scalars.count && scalars[index].isLetter ? .word : .number
                if kind == .word { index = endOfWord(scalars, from: index) }
            } else if scalar.isLetter {
                index = endOfWord(scalars, from: index)
                kind = .word
            } else {
                index = endOfSymbol(scalars, from: index)
                kind = .punctuation
            }
            var text = String(scalars: scalars[start..<index])
            if kind == .word, index > start, isApostrophe(scalars, at: index) {
                text += "'"
                index += 1
            }
            let isPlaceholder = kind == .word && TermProtector.isPlaceholder(text)
            tokens.append(SourceToken(text: text, kind: isPlaceholder ? .placeholder : kind, spaceBefore: spaceBefore))
            spaceBefore = false
        }
        return tokens
    }

    private static func isNumber(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.isDigit : scalar.properties.numericType != nil
    }

    /// A combining mark, which belongs to the scalar before it.
    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func endOfWord(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isLetter || isNumber(scalar) || isMark(scalar) {
                index += 1
            } else if scalar == "-" || scalar == "." && isAbbreviationDot(scalars, index),
                index + 1 < scalars.count, scalars[index + 1].isLetter {
                index += 2
            } else {
                break
            }
        }
        return index
    }

    /// The end of a symbol: with its combining marks, variation selectors and skin tones, and
    /// what a zero-width joiner or a second regional indicator (a flag) binds to it.
    private static func endOfSymbol(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start + 1
        var flagHalf = (0x1F1E6...0x1F1FF).contains(scalars[start].value)
        while index < scalars.count {
            let value = scalars[index].value
            if value == 0x200D, index + 1 < scalars.count {
                index += 2
            } else if isMark(scalars[index]) || (0xFE00...0xFE0F).contains(value) || (0x1F3FB...0x1F3FF).contains(value) {
                index += 1
            } else if flagHalf, (0x1F1E6...0x1F1FF).contains(value) {
                index += 1
                flagHalf = false
            } else {
                break
            }
        }
        return index
    }

    /// `U.S.A`-like dotted capitals keep their dots inside one word.
    private static func isAbbreviationDot(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        index > 0 && scalars[index - 1].isUppercaseLetter && (index < 2 || !scalars[index - 2].isLetter || scalars[index - 2] == ".")
    }

    private static func endOfNumber(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            if isNumber(scalars[index]) {
                index += 1
            } else if scalars[index] == "." || scalars[index] == "," || scalars[index] == ":", index + 1 < scalars.count, isNumber(scalars[index + 1]) {
                index += 2
            } else {
                break
            }
        }
        return index
    }

    /// An apostrophe that ends an elided word (`l'`, `dell'`, `po'`), not a closing quote.
    private static func isApostrophe(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index < scalars.count, scalars[index].isApostrophe else { return false }
        // `dell'accordo`, and before a number `dell'80%`, `l'11 settembre`.
        if index + 1 < scalars.count, scalars[index + 1].isLetter || isNumber(scalars[index + 1]) { return true }
        // `po'` (poco) is the one common word spelled with a final apostrophe.
        return index >= 2 && String(scalars: scalars[(index - 2)..<index]).lowercased() == "po"
            && (index < 3 || !scalars[index - 3].isLetter)
    }
}
