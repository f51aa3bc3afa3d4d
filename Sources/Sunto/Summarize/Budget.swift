/// How long the brief may be.
public enum Budget: Sendable, Equatable {
    /// At most this many sentences.
    case sentences(Int)
    /// At most this many words (at least one sentence is always chosen).
    case words(Int)
}
