/// The Italian and English briefs of an article.
public struct Brief: Sendable, Equatable, Codable {
    /// The selected sentences in Italian, in source order.
    public var it: [BriefSentence]
    /// Their English rendering, one for one with `it`; empty when English was not asked for.
    public var en: [BriefSentence]

    /// Creates a brief.
    public init(it: [BriefSentence] = [], en: [BriefSentence] = []) {
        self.it = it
        self.en = en
    }
}

/// One sentence of a brief, traceable to the source sentence it came from.
public struct BriefSentence: Sendable, Equatable, Codable {
    /// The sentence text.
    public var text: String
    /// The id of the source sentence (see ``Sentence/id``).
    public var sourceSentence: Int
    /// The source sentence's total score.
    public var score: Double

    /// Creates a brief sentence.
    public init(text: String, sourceSentence: Int, score: Double) {
        self.text = text
        self.sourceSentence = sourceSentence
        self.score = score
    }

    private enum CodingKeys: String, CodingKey {
        case text
        case sourceSentence = "source_sentence"
        case score
    }
}
