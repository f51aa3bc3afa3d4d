/// How long the brief may be.
public enum Budget: Sendable, Equatable {
    /// At most this many sentences.
    case sentences(Int)
    /// At most this many words (at least one sentence is always chosen).
    case words(Int)
    /// At most this fraction of the article's sentences, rounded, and at least one sentence.
    case ratio(Double)

    /// The most sentences the brief may hold, for an article of `candidates` selectable sentences.
    func sentenceLimit(candidates: Int) -> Int {
        switch self {
        case .sentences(let count): count
        case .words: candidates
        case .ratio(let ratio): max(1, Int((ratio * Double(candidates)).rounded()))
        }
    }

    /// The most words the brief may hold.
    var wordLimit: Int {
        if case .words(let words) = self { return words }
        return .max
    }
}
