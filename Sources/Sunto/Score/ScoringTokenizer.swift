/// Splits sentences into ``ScoringToken``s by walking their UTF-8 bytes once.
///
/// Scoring must run thousands of articles a second, so this tokenizer builds no string per token:
/// each word is lower-cased into a reusable buffer and reduced to a 64-bit key (FNV-1a), and its
/// stem (``ItalianTerms``) to another. White space and apostrophes separate words ("l'accordo" is
/// "l" and "accordo"); a hyphen between letters joins them; a comma or period between digits joins a
/// number. Letters are ASCII letters and any multi-byte character outside the punctuation blocks,
/// which covers Italian accents and foreign names.
public enum ScoringTokenizer {
    /// The tokens of `text`.
    public static func tokens(in text: String) -> [ScoringToken] {
        var text = text
        return text.withUTF8 { tokens(in: $0) }
    }

    /// The key of a word as the tokenizer computes it (lower-cased, apostrophes dropped).
    public static func key(of word: String) -> UInt64 {
        var copy = word
        return copy.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { buffer in
                var count = 0
                var index = 0
                while index < bytes.count {
                    let length = min(ItalianBytes.sequenceLength(bytes[index]), bytes.count - index)
                    if ItalianBytes.isLetter(bytes, at: index) || ItalianBytes.isDigit(bytes[index]) {
                        ItalianBytes.writeLowercased(bytes, at: index, length: length, to: buffer, count: &count)
                    }
                    index += length
                }
                return fnv1a(UnsafeBufferPointer(rebasing: buffer[..<count]))
            }
        }
    }

    static func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [ScoringToken] {
        // A lower-cased word is never longer than its bytes in the text, so one scratch buffer of
        // the sentence's length holds any of them.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { scratch in
            tokens(in: bytes, scratch: scratch)
        }
    }

    private static func tokens(in bytes: UnsafeBufferPointer<UInt8>, scratch: UnsafeMutableBufferPointer<UInt8>) -> [ScoringToken] {
        let stopwords = ItalianTerms.stopwordKeys
        var tokens: [ScoringToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x27 {
                index += 1
                continue
            }
            let length = ItalianBytes.sequenceLength(byte)
            if ItalianBytes.isNoBreakSpace(bytes, at: index) || ItalianBytes.isTypographicApostrophe(bytes, at: index) {
                index += length
            } else if ItalianBytes.isDigit(byte) {
                index = numberEnd(bytes, from: index)
                tokens.append(ScoringToken(kind: .number, mark: .other, isCapitalized: false, key: 0, termKey: 0))
            } else if ItalianBytes.isLetter(bytes, at: index) {
                let capitalized = ItalianBytes.isUppercase(bytes, at: index)
                var word = LoweredWord()
                index = wordEnd(bytes, from: index, lowered: scratch, word: &word)
                let lowered = UnsafeBufferPointer(rebasing: scratch[..<word.count])
                tokens.append(ScoringToken(kind: .word, mark: .other, isCapitalized: capitalized, key: word.key,
                                           termKey: ItalianTerms.termKey(lowered, key: word.key, scalars: word.scalars, stopwords: stopwords)))
            } else {
                tokens.append(ScoringToken(kind: .mark, mark: mark(bytes, at: index), isCapitalized: false, key: 0, termKey: 0))
                index += length
            }
        }
        QuotedSpeech.mark(&tokens)
        return tokens
    }

    /// What ``wordEnd(_:from:lowered:word:)`` learns of a word in its one pass: how many bytes it
    /// wrote, the key of those bytes and how many characters they make.
    private struct LoweredWord {
        var count = 0
        var key: UInt64 = fnvOffsetBasis
        var scalars = 0
    }

    /// Where the word starting at `start` ends; its lower-cased bytes are written to `lowered`,
    /// and their count, key and characters recorded in `word`.
    private static func wordEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, lowered: UnsafeMutableBufferPointer<UInt8>, word: inout LoweredWord
    ) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                let written: UInt8
                let folded = byte | 0x20
                if folded >= 0x61 && folded <= 0x7A {
                    written = folded
                } else if ItalianBytes.isDigit(byte) {
                    written = byte
                } else if byte == 0x2D, index + 1 < bytes.count, ItalianBytes.isLetter(bytes, at: index + 1) || ItalianBytes.isDigit(bytes[index + 1]) {
                    written = 0x2D
                } else {
                    break
                }
                lowered[word.count] = written
                word.key = fnvStep(word.key, written)
                word.count += 1
                word.scalars += 1
                index += 1
                continue
            }
            guard ItalianBytes.isLetter(bytes, at: index) else { break }
            let length = min(ItalianBytes.sequenceLength(byte), bytes.count - index)
            let first = word.count
            ItalianBytes.writeLowercased(bytes, at: index, length: length, to: lowered, count: &word.count)
            for offset in first..<word.count { word.key = fnvStep(word.key, lowered[offset]) }
            word.scalars += 1
            index += length
        }
        return index
    }

    /// Where the number starting at `start` ends: digits, with commas and periods between digits.
    private static func numberEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            let joins = (byte == 0x2C || byte == 0x2E) && index + 1 < bytes.count && ItalianBytes.isDigit(bytes[index + 1])
            guard ItalianBytes.isDigit(byte) || joins else { break }
            index += 1
        }
        return index
    }

    private static func mark(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> ScoringToken.Mark {
        switch bytes[index] {
        case 0x22: return .straightQuote
        case 0x3A, 0x28, 0x2E: return .clauseOpener
        case 0xC2 where index + 1 < bytes.count:
            return bytes[index + 1] == 0xAB ? .openingQuote : bytes[index + 1] == 0xBB ? .closingQuote : .other
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80:
            switch bytes[index + 2] {
            case 0x9C, 0x9E: return .openingQuote
            case 0x9D: return .closingQuote
            case 0x93, 0x94: return .clauseOpener
            default: return .other
            }
        default: return .other
        }
    }

    /// FNV-1a, 64 bits.
    @inline(__always)
    static func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = fnvOffsetBasis
        for byte in bytes { hash = fnvStep(hash, byte) }
        return hash
    }

    /// FNV-1a's hash of the bytes so far followed by `byte`.
    @inline(__always)
    private static func fnvStep(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    private static let fnvOffsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
}
