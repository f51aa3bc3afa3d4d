/// Settings from the command line (or library caller) that override a pipeline file's options.
public struct PipelineSettings: Sendable, Equatable {
    /// Brief length in sentences (`--sentences`).
    public var sentences: Int?
    /// Brief length in words (`--words`); takes precedence over sentences when both are set.
    public var words: Int?
    /// Brief length as a fraction of the article's sentences (`--ratio`); takes precedence over
    /// sentences, but not over words.
    public var ratio: Double?
    /// Which briefs to produce (`--lang it,en`).
    public var languages: Set<BriefLanguage>
    /// Translation engine to use instead of the pipeline's (`--engine`).
    public var engine: String?
    /// The most copies of a stage to run at once (`--jobs`).
    public var jobs: Int?
    /// The largest input accepted, in bytes (`--max-bytes`).
    public var maxBytes: Int?
    /// Glossary files added on the command line (`--glossary`); they win over the pipeline's.
    public var glossaries: [String]

    /// Creates settings; `nil` keeps the pipeline file's value.
    public init(
        sentences: Int? = nil,
        words: Int? = nil,
        ratio: Double? = nil,
        languages: Set<BriefLanguage> = [.it, .en],
        engine: String? = nil,
        jobs: Int? = nil,
        maxBytes: Int? = nil,
        glossaries: [String] = []
    ) {
        self.sentences = sentences
        self.words = words
        self.ratio = ratio
        self.languages = languages
        self.engine = engine
        self.jobs = jobs
        self.maxBytes = maxBytes
        self.glossaries = glossaries
    }
}

/// A language sunto writes briefs in.
public enum BriefLanguage: String, Sendable, CaseIterable, Codable {
    /// Italian: the selected source sentences.
    case it
    /// English: the selected sentences translated.
    case en

    /// Parses a comma-separated list such as `it,en`.
    ///
    /// - Throws: ``SuntoError/usage(_:)`` for an unknown language or an empty list.
    public static func parseList(_ text: String) throws(SuntoError) -> Set<BriefLanguage> {
        var result: Set<BriefLanguage> = []
        for part in text.split(separator: ",") {
            let code = part.trimmingWhitespace().lowercased()
            guard let language = BriefLanguage(rawValue: code) else {
                throw .usage("unknown language '\(code)' in --lang; use it, en or it,en")
            }
            result.insert(language)
        }
        guard !result.isEmpty else { throw .usage("--lang needs at least one of it, en") }
        return result
    }
}
