/// Recognises a headline on the first line of a plain-text article: a paragraph of its own, on
/// one line, without final punctuation, short enough to be a title.
///
/// The headline becomes the document's title when the input carried none; it stays in the
/// sentence list (offsets keep pointing into the whole text) but is not a candidate for the brief.
/// A headline may end in a quotation (`Il ministro: «Nessun rinvio»`) and may hold a full stop
/// (`Istat, Pil +0,2%. Frena l'industria`): the splitter cuts such a line in two, and
/// ``joiningHeadline(_:in:)`` joins it back.
public enum HeadlineDetector {
    /// The longest headline, in words.
    public static let maxWords = 30

    /// The first sentence, if it is a headline.
    public static func headline(in sentences: [Sentence]) -> Sentence? {
        guard let first = sentences.first, first.paragraph == 0, sentences.count > 1 else { return nil }
        if sentences[1].paragraph == 0 { return nil }
        return isHeadline(first.text) ? first : nil
    }

    /// `sentences` with a first paragraph that is one headline line, cut by the splitter at a
    /// full stop, joined back into one sentence (ids renumbered); otherwise `sentences` unchanged.
    ///
    /// - Parameter text: the text the sentences were split from (their offsets point into it).
    public static func joiningHeadline(_ sentences: [Sentence], in text: String) -> [Sentence] {
        let pieces = sentences.prefix { $0.paragraph == 0 }.count
        guard pieces > 1, pieces < sentences.count else { return sentences }
        let start = sentences[0].start, end = sentences[pieces - 1].end
        let scalars = text.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: start)
        let upper = scalars.index(lower, offsetBy: end - start)
        let line = String(scalars[lower..<upper])
        guard isHeadline(line) else { return sentences }
        var joined = [Sentence(id: 0, text: line, start: start, end: end, paragraph: 0)]
        for var sentence in sentences.dropFirst(pieces) {
            sentence.id = joined.count
            joined.append(sentence)
        }
        return joined
    }

    /// Whether `line` reads as a headline: one line, 1…``maxWords`` words, and no final
    /// punctuation, also inside closing quotes (`«Nessun rinvio»` is, `«Nessun rinvio.»` is not).
    static func isHeadline(_ line: String) -> Bool {
        guard !line.contains("\n") else { return false }
        let closing = "»”\"’)".unicodeScalars
        guard let last = line.unicodeScalars.reversed().first(where: { !closing.contains($0) }),
            !".!?…:;".unicodeScalars.contains(last)
        else { return false }
        return (1...maxWords).contains(wordCount(line))
    }

    /// The words of `line`: runs of characters that are not white space. Counted on scalars
    /// when no scalar can join a character to the one before (all below the combining marks,
    /// U+0300, as news text is), which gives the same count as splitting on characters, at a
    /// fraction of the cost.
    static func wordCount(_ line: String) -> Int {
        guard line.unicodeScalars.allSatisfy({ $0.value < 0x300 }) else {
            return line.split(whereSeparator: \.isWhitespace).count
        }
        var words = 0
        var inWord = false
        for scalar in line.unicodeScalars {
            let space = SegmentScalar.isWhitespace(scalar)
            if !space, !inWord { words += 1 }
            inWord = !space
        }
        return words
    }
}
