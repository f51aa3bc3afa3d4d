/// How double quotation marks and apostrophes are written in the normalized text.
public enum QuoteStyle: String, Sendable, CaseIterable {
    /// « » (the Italian newsroom convention).
    case guillemets
    /// “ ”.
    case curly
    /// " ".
    case straight
    /// Leave quotation marks as they are.
    case keep

    var marks: (open: Unicode.Scalar, close: Unicode.Scalar)? {
        switch self {
        case .guillemets: ("«", "»")
        case .curly: ("\u{201C}", "\u{201D}")
        case .straight: ("\"", "\"")
        case .keep: nil
        }
    }
}

/// How apostrophes are written in the normalized text.
public enum ApostropheStyle: String, Sendable, CaseIterable {
    /// ' (U+0027), easiest to search and match.
    case straight
    /// ’ (U+2019), as typeset.
    case typographic
    /// Leave apostrophes as they are.
    case keep
}
