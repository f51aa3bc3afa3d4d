/// Caps on an article's sentences, so that a hostile text (a megabyte without a period, or
/// countless one-word sentences) keeps the stages after segmentation fast.
///
/// A sentence longer than ``maxLength`` scalars is cut into pieces at white space (or, with no
/// white space, every ``maxLength`` scalars); then only the first ``maxSentences`` sentences are
/// kept. Pieces still slice the normalized text exactly and nothing visible is lost before the
/// cut-off. Each limit that acts leaves a warning in the document.
public struct SentenceLimits: Sendable, Equatable {
    /// The default cap on sentences: 5,000, about 25 times a very long news article.
    public static let defaultMaxSentences = 5_000
    /// The default cap on a sentence's length: 3,000 scalars, about 500 words.
    public static let defaultMaxLength = 3_000

    /// The most sentences kept.
    public var maxSentences: Int
    /// The longest sentence, in Unicode scalars.
    public var maxLength: Int

    /// Creates limits; values below 1 count as 1.
    public init(maxSentences: Int = SentenceLimits.defaultMaxSentences, maxLength: Int = SentenceLimits.defaultMaxLength) {
        self.maxSentences = max(1, maxSentences)
        self.maxLength = max(1, maxLength)
    }

    /// Applies the limits to `sentences` of `text`.
    ///
    /// - Returns: the sentences kept, ids renumbered from 0, and a warning per limit that acted.
    func apply(to sentences: [Sentence], of text: String) -> (sentences: [Sentence], warnings: [String]) {
        var warnings: [String] = []
        var result = sentences
        let long = sentences.filter { $0.end - $0.start > maxLength }
        if !long.isEmpty {
            let scalars = Array(scalarsOf: text)
            result = sentences.flatMap { $0.end - $0.start > maxLength ? pieces(of: $0, in: scalars) : [$0] }
            let longest = long.map { $0.end - $0.start }.max() ?? 0
            warnings.append("\(long.count) sentence(s) longer than \(maxLength) characters (the longest \(longest)) were cut "
                + "into pieces (raise the segment stage's max-sentence-length)")
        }
        if result.count > maxSentences {
            warnings.append("only the first \(maxSentences) of \(result.count) sentences were kept "
                + "(raise the segment stage's max-sentences)")
            result.removeSubrange(maxSentences...)
        }
        for index in result.indices { result[index].id = index }
        return (result, warnings)
    }

    /// `sentence` cut into pieces of at most ``maxLength`` scalars, at the last white space that
    /// fits, none starting or ending with white space.
    private func pieces(of sentence: Sentence, in scalars: [Unicode.Scalar]) -> [Sentence] {
        var pieces: [Sentence] = []
        var start = sentence.start
        while start < sentence.end {
            var end = min(start + maxLength, sentence.end)
            var next = end
            if end < sentence.end, let space = (start + 1...end).last(where: { SegmentScalar.isWhitespace(scalars[$0]) }) {
                end = space
                next = space
            }
            while end > start, SegmentScalar.isWhitespace(scalars[end - 1]) { end -= 1 }
            if end > start {
                let text = String(scalars: scalars[start..<end])
                pieces.append(Sentence(id: 0, text: text, start: start, end: end, paragraph: sentence.paragraph))
            }
            start = next
            while start < sentence.end, SegmentScalar.isWhitespace(scalars[start]) { start += 1 }
        }
        return pieces
    }
}
