/// Turns the cut points the splitter finds into ``Sentence`` values.
///
/// Cuts arrive in text order; every sentence's text is made from its run of the text's scalars,
/// so collecting is O(n) over the whole text.
struct SentenceCollector {
    private let scalars: [Unicode.Scalar]
    private var paragraphHasContent = false
    /// Where the sentence being read begins, before leading white space is trimmed.
    private(set) var segmentStart = 0
    /// The paragraph the sentence being read belongs to.
    private(set) var paragraph = 0
    /// The sentences collected so far.
    private(set) var sentences: [Sentence] = []

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// Ends the current sentence just before `offset`; the next one begins there.
    ///
    /// White space around the sentence is trimmed; a stretch holding only white space makes
    /// no sentence.
    mutating func cut(at offset: Int) {
        var start = segmentStart
        var end = offset
        segmentStart = offset
        while start < end, SegmentScalar.isWhitespace(scalars[start]) { start += 1 }
        while end > start, SegmentScalar.isWhitespace(scalars[end - 1]) { end -= 1 }
        guard start < end else { return }
        sentences.append(
            Sentence(id: sentences.count, text: String(scalars: scalars[start..<end]), start: start, end: end, paragraph: paragraph)
        )
        paragraphHasContent = true
    }

    /// Ends the current sentence and the current paragraph just before `offset`.
    ///
    /// Paragraphs are numbered by the sentences they hold, so blank lines at the start of the
    /// text or several in a row do not skip a number.
    mutating func breakParagraph(at offset: Int) {
        cut(at: offset)
        if paragraphHasContent {
            paragraph += 1
            paragraphHasContent = false
        }
    }
}
