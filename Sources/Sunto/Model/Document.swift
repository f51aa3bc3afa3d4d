/// An article on its way through the pipeline.
///
/// A `Document` enters the pipeline with raw bytes and each stage returns an enriched copy:
/// decoded text and metadata, normalized text and repairs, sentences, scores, the selection,
/// and the Italian and English briefs. Stages never reach back to an earlier stage's input.
public struct Document: Sendable, Equatable {
    /// Where the article came from.
    public var source: SourceInfo
    /// The raw input bytes; dropped by the decode stage once the text is known.
    public var bytes: [UInt8]
    /// Title, byline, date and other metadata, when the input carries them.
    public var metadata: Metadata
    /// The decoded text, before normalization.
    public var text: String
    /// The normalized text that sentence offsets and repair offsets point into.
    public var normalizedText: String
    /// Every change made by the normalization stage that a reader may want to check.
    public var repairs: [Repair]
    /// Every sentence of the normalized text, in order; `sentences[i].id == i`.
    public var sentences: [Sentence]
    /// Glossary term occurrences found in the normalized text.
    public var terms: [TermUse]
    /// One score per sentence, in sentence order, once the score stage has run.
    public var scores: [SentenceScore]
    /// The ids of the sentences chosen for the brief, in source order.
    public var selection: [Int]
    /// The Italian and English briefs.
    public var brief: Brief
    /// Notes for the reader that are not errors (e.g. a fallback encoding was used).
    public var warnings: [String]
    /// The scoring features, kept by the score stage for the summarize stage (see
    /// ``FeatureCache``).
    var featureCache = FeatureCache()

    /// Creates a document from raw input bytes.
    ///
    /// - Parameters:
    ///   - source: where the bytes came from.
    ///   - bytes: the file's content, in any encoding the decode stage understands.
    public init(source: SourceInfo, bytes: [UInt8]) {
        self.source = source
        self.bytes = bytes
        self.metadata = Metadata()
        self.text = ""
        self.normalizedText = ""
        self.repairs = []
        self.sentences = []
        self.terms = []
        self.scores = []
        self.selection = []
        self.brief = Brief()
        self.warnings = []
    }

    /// Creates a document from text that is already decoded (library use, tests).
    ///
    /// - Parameters:
    ///   - text: the article text.
    ///   - path: a name for the article, used in messages and in the JSON `source.path`.
    public init(text: String, path: String = "-") {
        self.init(source: SourceInfo(path: path, format: .text), bytes: Array(text.utf8))
    }
}
