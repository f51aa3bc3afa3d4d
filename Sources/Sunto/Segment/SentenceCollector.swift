/// Turns the cut points the splitter finds into ``Sentence`` values.
///
/// Cuts arrive in text order; every sentence's text is copied from its run of the text, whose
/// UTF-8 offset is followed along the scalars, so collecting is O(n) over the whole text.
struct SentenceCollector {
    private let text: String
    private let scalars: [Unicode.Scalar]
    /// A scalar offset reached so far, and the UTF-8 offset of that scalar in `text`.
    private var scalarCursor = 0
    private var utf8Cursor = 0
    private var paragraphHasContent = false
    /// Where the sentence being read begins, before leading white space is trimmed.
    private(set) var segmentStart = 0
    /// The paragraph the sentence being read belongs to.
    private(set) var paragraph = 0
    /// The sentences collected so far.
    private(set) var sentences: [Sentence] = []

    /// A collector over `text`, whose scalars are `scalars`.
    init(text: String, scalars: [Unicode.Scalar]) {
        self.text = text
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
        // A slice of the text copies bytes already known to be UTF-8; a string made from the
        // scalars would encode them and then check the encoding.
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: utf8Offset(ofScalar: start))
        let upper = utf8.index(utf8.startIndex, offsetBy: utf8Offset(ofScalar: end))
        sentences.append(Sentence(id: sentences.count, text: String(text[lower..<upper]), start: start, end: end, paragraph: paragraph))
        paragraphHasContent = true
    }

    /// The UTF-8 offset in `text` of the scalar at `offset`, counted on from the last offset
    /// asked for: sentences are cut in order, so the whole text is counted once.
    private mutating func utf8Offset(ofScalar offset: Int) -> Int {
        assert(offset >= scalarCursor, "sentences are cut in text order")
        while scalarCursor < offset {
            utf8Cursor += UTF8.width(scalars[scalarCursor])
            scalarCursor += 1
        }
        return utf8Cursor
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
