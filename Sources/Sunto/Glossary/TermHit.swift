/// One occurrence of a glossary term in the text.
public struct TermHit: Sendable, Equatable {
    /// Index of the entry in ``GlossaryIndex/entries``.
    public var entry: Int
    /// The sentence id.
    public var sentence: Int
    /// Offsets (Unicode scalars) in the normalized text.
    public var start: Int
    public var end: Int
    /// The text as it occurs.
    public var surface: String
    /// Whether the Italian occurrence is plural (the English term then takes its plural).
    public var plural: Bool
    /// Whether it matched through one of the entry's variant spellings.
    public var viaVariant: Bool
}
