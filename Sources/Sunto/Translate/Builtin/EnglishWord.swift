/// A word or symbol of the English output, with what the renderer needs to space and case it.
struct EnglishWord: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// An ordinary word, cased by the renderer.
        case word
        /// A name, number or placeholder: written exactly as given.
        case verbatim
        case punctuation
    }

    var text: String
    var kind: Kind = .word
    /// Whether the source had whitespace before it (matters for punctuation only).
    var spaceBefore = true

    static func word(_ text: String) -> [EnglishWord] {
        text.split(separator: " ").map { EnglishWord(text: String($0)) }
    }
}
