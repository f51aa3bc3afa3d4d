/// A word, number or mark of a sentence as the scorers see it: classified, with the lower-cased
/// word and its index term reduced to 64-bit keys, so that no string is built per token.
public struct ScoringToken: Sendable, Equatable {
    /// What the token is.
    public enum Kind: UInt8, Sendable {
        /// Letters, possibly with digits and inner hyphens ("accordo", "Covid-19").
        case word
        /// Digits, possibly with decimal commas and thousands periods ("3,5", "1.200").
        case number
        /// A mark that matters to the scorers (see ``Mark``); other punctuation is dropped.
        case mark
    }

    /// The marks scorers look at.
    public enum Mark: UInt8, Sendable {
        /// « “ „
        case openingQuote
        /// » ”
        case closingQuote
        /// " (opens or closes)
        case straightQuote
        /// – — : ( .  — after these a capitalised word starts a clause, not a name.
        case clauseOpener
        /// Any other punctuation.
        case other
    }

    /// Word, number or mark.
    public var kind: Kind
    /// For marks, which one.
    public var mark: Mark
    /// For words, whether the first letter is upper case.
    public var isCapitalized: Bool
    /// For words, a key of the lower-cased word (``ScoringTokenizer/key(of:)``); 0 otherwise.
    public var key: UInt64
    /// For words that are index terms, a key of the stem; 0 for stopwords and other tokens.
    public var termKey: UInt64
    /// Whether the token lies inside quoted speech (see ``QuotedSpeech``).
    public var isQuoted = false
}
