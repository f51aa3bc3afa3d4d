/// A glossary term and where it occurs in the article.
public struct TermUse: Sendable, Equatable, Codable {
    /// One place the term occurs.
    public struct Occurrence: Sendable, Equatable, Codable {
        /// The sentence id.
        public var sentence: Int
        /// Offset (Unicode scalars) of the first scalar in the normalized text.
        public var start: Int
        /// Offset one past the last scalar.
        public var end: Int
        /// The occurrence as written in the text.
        public var text: String
        /// Whether the occurrence is plural (the English term then takes its plural).
        public var plural: Bool

        /// Creates an occurrence.
        public init(sentence: Int, start: Int, end: Int, text: String = "", plural: Bool = false) {
            self.sentence = sentence
            self.start = start
            self.end = end
            self.text = text
            self.plural = plural
        }
    }

    /// The Italian term as written in the glossary.
    public var it: String
    /// The English term the glossary prescribes.
    public var en: String
    /// The glossary the entry comes from.
    public var glossary: String
    /// Every occurrence, in text order.
    public var occurrences: [Occurrence]
    /// The English plural, used where the Italian occurrence is plural.
    public var enPlural: String
    /// The glossary's note on the entry (e.g. a spelling policy), or empty.
    public var note: String
    /// The entry's part of speech as the glossary gives it (`noun`, `adj`, `propn`, …), or
    /// `nil` when it gives none.
    public var partOfSpeech: String?

    /// Creates a term use.
    public init(
        it: String, en: String, glossary: String, occurrences: [Occurrence], enPlural: String? = nil, note: String = "",
        partOfSpeech: String? = nil
    ) {
        self.it = it
        self.en = en
        self.glossary = glossary
        self.occurrences = occurrences
        self.enPlural = enPlural ?? en
        self.note = note
        self.partOfSpeech = partOfSpeech
    }

    /// Whether the term is an adjective (`italiano` → `Italian`): the engine then places it
    /// as one.
    public var isAdjective: Bool { partOfSpeech == "adj" }

    /// The English form for one occurrence.
    public func english(for occurrence: Occurrence) -> String {
        occurrence.plural ? enPlural : en
    }
}
