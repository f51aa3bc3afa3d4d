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

        /// Creates an occurrence.
        public init(sentence: Int, start: Int, end: Int) {
            self.sentence = sentence
            self.start = start
            self.end = end
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

    /// Creates a term use.
    public init(it: String, en: String, glossary: String, occurrences: [Occurrence]) {
        self.it = it
        self.en = en
        self.glossary = glossary
        self.occurrences = occurrences
    }
}
