/// A word, number or punctuation mark of the text, with its Unicode-scalar offsets.
public struct Token: Sendable, Equatable {
    /// What a token is made of.
    public enum Kind: Sendable, Equatable {
        /// Letters, possibly with digits, inner hyphens or a final elision apostrophe
        /// ("accordo", "russo-ucraina", "Covid-19", "l'").
        case word
        /// Digits, possibly with decimal commas and thousands periods ("3,5", "1.200").
        case number
        /// Any other single scalar that is not white space ("%", "«", ".").
        case punctuation
    }

    /// The token as written.
    public var text: String
    /// Offset of the first scalar.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int
    /// Word, number or punctuation.
    public var kind: Kind

    /// Creates a token.
    public init(text: String, start: Int, end: Int, kind: Kind) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
    }
}

/// Splits Italian text into words, numbers and punctuation, for word statistics.
///
/// An elided article or preposition is a word of its own, apostrophe included: "l'accordo" is
/// "l'" and "accordo", with the straight (') or the typographic (’) apostrophe. Hyphenated
/// compounds stay whole ("russo-ucraina"); a percent sign is punctuation after its number.
public enum Tokenizer {
    /// The tokens of `text`, in order.
    ///
    /// - Complexity: O(n) in the number of scalars.
    public static func tokens(in text: String) -> [Token] {
        let scalars = Array(scalarsOf: text)
        var tokens: [Token] = []
        forEachToken(in: scalars) { range, kind in
            tokens.append(Token(text: String(scalars: scalars[range]), start: range.lowerBound, end: range.upperBound, kind: kind))
        }
        return tokens
    }

    /// Calls `body` with the range and kind of each token of `scalars`, in order, without
    /// making strings (for callers that need the text of some tokens only).
    static func forEachToken(in scalars: [Unicode.Scalar], _ body: (Range<Int>, Token.Kind) -> Void) {
        // Read through a buffer: every word of every sentence passes here, and the array's
        // index checks cost as much as the tests on each scalar.
        scalars.withUnsafeBufferPointer { scalars in
            var index = 0
            while index < scalars.count {
                let scalar = scalars[index]
                if SegmentScalar.isWhitespace(scalar) {
                    index += 1
                    continue
                }
                let (end, kind) = SegmentScalar.isAlphanumeric(scalar) ? wordEnd(in: scalars, from: index) : (index + 1, .punctuation)
                body(index..<end, kind)
                index = end
            }
        }
    }

    /// The words of `text`, lower-cased, with typographic apostrophes made straight so that
    /// "l’" and "l'" count as one word.
    public static func words(in text: String) -> [String] {
        tokens(in: text).compactMap { token in
            guard token.kind == .word else { return nil }
            return token.text.lowercased().straightApostrophes
        }
    }

    /// Where the word or number starting at `start` ends, and which of the two it is.
    private static func wordEnd(in scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> (Int, Token.Kind) {
        var index = start
        var hasLetter = false
        // Most words are ASCII letters up to a space or a mark that cannot join or end a word
        // otherwise: those are read with two comparisons a letter, and only a word that goes on
        // (an accent, a digit, a hyphen, an apostrophe) continues in the general loop below,
        // from where the fast one stopped.
        while index < scalars.count, (scalars[index].value | 0x20) &- 0x61 < 26 {
            hasLetter = true
            index += 1
        }
        if hasLetter {
            guard index < scalars.count else { return (index, .word) }
            switch scalars[index] {
            case " ", "\n", ",", ".", ";", ":", "!", "?", ")", "»", "\"": return (index, .word)
            default: break
            }
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if SegmentScalar.isLetter(scalar) {
                hasLetter = true
            } else if !SegmentScalar.isDigit(scalar) && !joinsWord(scalars, at: index, hasLetter: hasLetter) {
                if SegmentScalar.isApostrophe(scalar), endsElision(scalars, at: index, start: start, hasLetter: hasLetter) {
                    return (index + 1, .word)
                }
                break
            }
            index += 1
        }
        return (index, hasLetter ? .word : .number)
    }

    /// Whether the mark at `index` sits inside a token: a decimal comma or thousands period
    /// between digits of a number, or a hyphen between the parts of a compound word.
    private static func joinsWord(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, at index: Int, hasLetter: Bool) -> Bool {
        guard index > 0, index + 1 < scalars.count else { return false }
        let before = scalars[index - 1]
        let after = scalars[index + 1]
        let scalar = scalars[index]
        if scalar == "," || scalar == "." {
            return !hasLetter && SegmentScalar.isDigit(before) && SegmentScalar.isDigit(after)
        }
        guard SegmentScalar.isHyphen(scalar), SegmentScalar.isAlphanumeric(before) else { return false }
        return SegmentScalar.isLetter(after) || (hasLetter && SegmentScalar.isDigit(after))
    }

    /// Whether the apostrophe at `index` ends an elided word ("l'", "dell'", "po'") and belongs
    /// to it: a letter before it, and a letter or digit after it ("l'8 marzo") or a word that is
    /// itself a truncation.
    private static func endsElision(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, at index: Int, start: Int, hasLetter: Bool) -> Bool {
        guard hasLetter, SegmentScalar.isLetter(scalars[index - 1]) else { return false }
        if index + 1 < scalars.count, SegmentScalar.isAlphanumeric(scalars[index + 1]) { return true }
        return isTruncation(scalars[start..<index])
    }

    /// "po'" (poco) and "mo'" (modo), whose apostrophe is part of the word even before a space.
    private static func isTruncation(_ word: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> Bool {
        guard word.count == 2, let first = word.first, let last = word.last, last == "o" || last == "O" else { return false }
        return first == "p" || first == "P" || first == "m" || first == "M"
    }
}
