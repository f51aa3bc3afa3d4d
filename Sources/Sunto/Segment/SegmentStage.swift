/// The segmentation stage: splits the normalized text into sentences.
///
/// Options: `abbreviations`, a list of extra abbreviations the splitter must not end a sentence
/// after (one word each, e.g. `[rif., cons.]`), added to the built-in Italian list; and the
/// limits `max-sentences` and `max-sentence-length` (see ``SentenceLimits``).
public struct SegmentStage: Stage {
    /// `segment`, as written in pipeline files.
    public let name = "segment"
    /// The splitter the stage runs.
    public let splitter: SentenceSplitter
    /// The caps on the number and length of sentences.
    public let limits: SentenceLimits

    /// Creates the stage around a splitter.
    public init(splitter: SentenceSplitter = SentenceSplitter(), limits: SentenceLimits = SentenceLimits()) {
        self.splitter = splitter
        self.limits = limits
    }

    /// Creates the stage from pipeline options (`abbreviations`, `max-sentences`,
    /// `max-sentence-length`).
    ///
    /// - Throws: ``SuntoError/pipeline(file:line:message:)`` when `abbreviations` is not a list
    ///   of text, or one of them could never match: empty, or holding white space or an
    ///   apostrophe (the splitter matches the one word before a period, elision removed).
    public init(options: inout StageOptions) throws(SuntoError) {
        let extra = try options.strings("abbreviations", default: [])
        for abbreviation in extra {
            let form = ItalianAbbreviations.normalized(abbreviation)
            let isOneWord = !form.unicodeScalars.contains { SegmentScalar.isWhitespace($0) || SegmentScalar.isApostrophe($0) }
            guard !form.isEmpty, isOneWord else {
                throw .pipeline(
                    file: options.file,
                    line: options.line,
                    message: "stage 'segment', option 'abbreviations': '\(abbreviation)' can never match; "
                        + "write the one word before the period (e.g. 'es.' for 'ad es.', 'avv.' for 'l'avv.')"
                )
            }
        }
        let limits = SentenceLimits(
            maxSentences: try options.int("max-sentences", default: SentenceLimits.defaultMaxSentences, in: 1...1_000_000),
            maxLength: try options.int("max-sentence-length", default: SentenceLimits.defaultMaxLength, in: 1...10_000_000))
        self.init(splitter: SentenceSplitter(extraAbbreviations: extra), limits: limits)
    }

    /// Sets the document's sentences from its normalized text, within the limits, and its title
    /// from a headline on the first line when the input carried none.
    public func process(_ document: Document) -> Document {
        var document = document
        let limited = limits.apply(to: splitter.split(document.normalizedText), of: document.normalizedText)
        document.sentences = limited.sentences
        document.warnings += limited.warnings
        guard document.metadata.title == nil else { return document }
        document.sentences = HeadlineDetector.joiningHeadline(document.sentences, in: document.normalizedText)
        if let headline = HeadlineDetector.headline(in: document.sentences) {
            document.metadata.title = headline.text
        }
        return document
    }
}
