/// The segmentation stage: splits the normalized text into sentences.
///
/// Options: `abbreviations`, a list of extra abbreviations the splitter must not end a sentence
/// after (one word each, e.g. `[rif., cons.]`), added to the built-in Italian list.
public struct SegmentStage: Stage {
    /// `segment`, as written in pipeline files.
    public let name = "segment"
    /// The splitter the stage runs.
    public let splitter: SentenceSplitter

    /// Creates the stage around a splitter.
    public init(splitter: SentenceSplitter = SentenceSplitter()) {
        self.splitter = splitter
    }

    /// Creates the stage from pipeline options (`abbreviations`).
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
        self.init(splitter: SentenceSplitter(extraAbbreviations: extra))
    }

    /// Sets the document's sentences from its normalized text, and its title from a headline on
    /// the first line when the input carried none.
    public func process(_ document: Document) -> Document {
        var document = document
        document.sentences = splitter.split(document.normalizedText)
        guard document.metadata.title == nil else { return document }
        document.sentences = HeadlineDetector.joiningHeadline(document.sentences, in: document.normalizedText)
        if let headline = HeadlineDetector.headline(in: document.sentences) {
            document.metadata.title = headline.text
        }
        return document
    }
}
