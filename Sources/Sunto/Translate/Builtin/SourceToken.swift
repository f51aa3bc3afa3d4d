/// A token of an Italian sentence as the built-in engine reads it.
struct SourceToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// Letters, possibly with digits or inner hyphens: `accordo`, `G7`, `Emilia-Romagna`.
        case word
        /// Digits with inner separators: `3,5`, `1.000`, `14:30`.
        case number
        /// A glossary placeholder (`ZZT1ZZ`, `ZZA1ZZ` for an adjective), passed through
        /// untouched.
        case placeholder
        /// Anything else, one character: `,`, `«`, `"`, `%`.
        case punctuation
    }

    var text: String
    var kind: Kind
    /// Whether whitespace preceded the token in the source.
    var spaceBefore: Bool

    /// A glossary adjective's placeholder: placed as an adjective (`il governo ZZA1ZZ` → `the
    /// ZZA1ZZ government`).
    var isAdjectivePlaceholder: Bool { kind == .placeholder && TermProtector.isAdjectivePlaceholder(text) }
}
