/// One pass of ``SentenceSplitter`` over one text: finds the cut points, left to right.
///
/// Line breaks are handled here; terminal punctuation in `SentenceScanner+Terminals.swift`.
struct SentenceScanner {
    let scalars: [Unicode.Scalar]
    let abbreviations: Set<String>
    var collector: SentenceCollector

    init(text: String, abbreviations: Set<String>) {
        let scalars = Array(scalarsOf: text)
        self.scalars = scalars
        self.abbreviations = abbreviations
        self.collector = SentenceCollector(text: text, scalars: scalars)
    }

    /// Reads the whole text and returns its sentences.
    mutating func run() -> [Sentence] {
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if SegmentScalar.isLineBreak(scalar) {
                index = readLineBreak(at: index)
            } else if SegmentScalar.isTerminal(scalar) {
                index = readTerminal(at: index)
            } else {
                index += 1
            }
        }
        collector.cut(at: scalars.count)
        return collector.sentences
    }

    /// The first scalar at or after `index` that is not white space.
    func skipWhitespace(from index: Int) -> Int {
        var index = index
        while index < scalars.count, SegmentScalar.isWhitespace(scalars[index]) { index += 1 }
        return index
    }

    /// Whether a sentence may start at `index`: an upper-case letter, possibly behind opening
    /// quotes or brackets ("«Non", "(Il").
    func startsSentence(at index: Int) -> Bool {
        var index = index
        while index < scalars.count, SegmentScalar.isOpener(scalars[index]) { index += 1 }
        return index < scalars.count && SegmentScalar.isUppercase(scalars[index])
    }

    /// The text in `range`, lower-cased, for looking up in a word list.
    func lowercasedWord(_ range: Range<Int>) -> String {
        String(scalars: scalars[range]).lowercased()
    }

    // MARK: Line breaks

    /// Handles the line break at `index`: a blank line ends the paragraph, a headline or a list
    /// item ends the sentence, a hard-wrapped line goes on. Returns where reading resumes.
    private mutating func readLineBreak(at index: Int) -> Int {
        let next = scalars[index] == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" ? index + 2 : index + 1
        var lineStart = next
        while lineStart < scalars.count, SegmentScalar.isHorizontalSpace(scalars[lineStart]) { lineStart += 1 }
        guard lineStart < scalars.count else { return next }
        if scalars[index] == "\u{2029}" || SegmentScalar.isLineBreak(scalars[lineStart]) {
            collector.breakParagraph(at: index)
            return skipWhitespace(from: lineStart)
        }
        if startsListItem(at: lineStart) || (lineEndsHeadline(at: index) && startsSentence(at: lineStart)) {
            collector.cut(at: index)
        }
        return next
    }

    /// Whether a list item starts at `index`: a bullet or a number of up to three digits with
    /// `.` or `)`, then a space.
    private func startsListItem(at index: Int) -> Bool {
        var end = index
        if SegmentScalar.isBullet(scalars[index]) {
            end += 1
        } else {
            while end < scalars.count, end - index < 3, SegmentScalar.isDigit(scalars[end]) { end += 1 }
            guard end > index, end < scalars.count, scalars[end] == "." || scalars[end] == ")" else { return false }
            end += 1
        }
        return end < scalars.count && SegmentScalar.isHorizontalSpace(scalars[end])
    }

    /// Whether the line ending at `lineBreak` can stand as a sentence of its own: it has text,
    /// no final punctuation (that case is the terminal rule's), and does not end in a mark or a
    /// word that needs the next line ("dichiarato:", "si è tenuto a").
    private func lineEndsHeadline(at lineBreak: Int) -> Bool {
        var end = lineBreak
        while end > collector.segmentStart, SegmentScalar.isWhitespace(scalars[end - 1]) { end -= 1 }
        guard end > collector.segmentStart else { return false }
        var mark = end
        while mark > 0, SegmentScalar.isCloser(scalars[mark - 1]) { mark -= 1 }
        if mark > 0, SegmentScalar.isTerminal(scalars[mark - 1]) { return false }
        if Self.continuationMarks.contains(scalars[end - 1]) { return false }
        var start = end
        while start > 0, SegmentScalar.isLetter(scalars[start - 1]) { start -= 1 }
        let isShortWord = start < end && end - start <= 8
        return !isShortWord || !ItalianAbbreviations.continuationWords.contains(lowercasedWord(start..<end))
    }

    /// Marks at the end of a line that say the sentence goes on.
    private static let continuationMarks: Set<Unicode.Scalar> = [
        ",", ";", ":", "-", "\u{2013}", "\u{2014}", "(", "[", "«", "\u{201C}", "/", "&", "+",
    ]
}
