/// Recognises a headline on the first line of a plain-text article: a paragraph of its own, a
/// single sentence without final punctuation, short enough to be a title.
///
/// The headline becomes the document's title when the input carried none; it stays in the
/// sentence list (offsets keep pointing into the whole text) but is not a candidate for the brief.
public enum HeadlineDetector {
    /// The longest headline, in words.
    public static let maxWords = 30

    /// The first sentence, if it is a headline.
    public static func headline(in sentences: [Sentence]) -> Sentence? {
        guard let first = sentences.first, first.paragraph == 0 else { return nil }
        if sentences.count > 1, sentences[1].paragraph == 0 { return nil }
        guard let last = first.text.unicodeScalars.last, !".!?…:;»”\"".unicodeScalars.contains(last),
            !first.text.contains("\n")
        else { return nil }
        let words = first.text.split(whereSeparator: \.isWhitespace).count
        return (1...maxWords).contains(words) && sentences.count > 1 ? first : nil
    }
}
