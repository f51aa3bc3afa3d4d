/// One sentence of the normalized article text.
///
/// Offsets count Unicode scalars (code points) from the start of ``Document/normalizedText``,
/// so `Array(normalizedText.unicodeScalars)[start..<end]` is the sentence, as it is for a
/// Python `str` slice.
public struct Sentence: Sendable, Equatable, Codable {
    /// Stable id: the 0-based position of the sentence in the article.
    public var id: Int
    /// The sentence text, exactly as in the normalized text.
    public var text: String
    /// Offset of the first scalar.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int
    /// 0-based paragraph number (paragraphs are separated by blank lines).
    public var paragraph: Int

    /// Creates a sentence.
    public init(id: Int, text: String, start: Int, end: Int, paragraph: Int = 0) {
        self.id = id
        self.text = text
        self.start = start
        self.end = end
        self.paragraph = paragraph
    }
}
