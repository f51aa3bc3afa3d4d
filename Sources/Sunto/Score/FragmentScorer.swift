/// A penalty for text that is not a whole sentence: a piece left by a bad split, a heading, a
/// caption, a line in capitals.
///
/// 1 for a sentence that begins in lower case or holds no letters or is written in capitals;
/// 0.5 for one that does not end with a full stop, a question or an exclamation mark (a heading,
/// a caption, a list item introduced by a colon); 0 otherwise.
public struct FragmentScorer: SentenceScorer {
    public let name = "fragment"
    public var role: ScorerRole { .penalty }

    /// Creates the scorer.
    public init() {}

    public func scores(for article: ArticleFeatures) -> [Double] {
        article.sentences.map { Self.penalty($0.text) }
    }

    static func penalty(_ text: String) -> Double {
        var text = text
        return text.withUTF8 { bytes in
            var firstLetter: Int?
            var letters = 0
            var hasLowercase = false
            var index = 0
            while index < bytes.count, !(hasLowercase && letters >= 4) {
                if ItalianBytes.isLetter(bytes, at: index) {
                    if firstLetter == nil { firstLetter = index }
                    letters += 1
                    hasLowercase = hasLowercase || !ItalianBytes.isUppercase(bytes, at: index)
                }
                index += ItalianBytes.sequenceLength(bytes[index])
            }
            guard let firstLetter else { return 1 }
            if !ItalianBytes.isUppercase(bytes, at: firstLetter) { return 1 }
            if letters >= 4, !hasLowercase { return 1 }
            return endsWithTerminal(bytes) ? 0 : 0.5
        }
    }

    /// Whether the text ends with . ! ? or …, closing quotes and brackets aside.
    private static func endsWithTerminal(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = bytes.count
        while end > 0 {
            let byte = bytes[end - 1]
            if byte == 0x2E || byte == 0x21 || byte == 0x3F { return true }
            if [0x22, 0x29, 0x5D, 0x27, 0x20, 0x0A].contains(byte) {
                end -= 1
            } else if end >= 2, bytes[end - 2] == 0xC2, byte == 0xBB {
                end -= 2
            } else if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, [0x9D, 0x99].contains(byte) {
                end -= 3
            } else {
                return end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 && byte == 0xA6
            }
        }
        return false
    }
}
