/// Why a phrase matches a glossary entry, for `sunto glossary show`.
public struct GlossaryExplanation: Sendable {
    /// One entry that matched part of the phrase.
    public struct Match: Sendable {
        /// The entry.
        public var entry: GlossaryEntry
        /// The words of the phrase it matched.
        public var surface: String
        /// How it matched, in words.
        public var reason: String
        /// The English the brief will use for this occurrence.
        public var english: String
    }

    /// The matches, in phrase order.
    public var matches: [Match]

    /// Explains how `phrase` matches the glossaries.
    public init(phrase: String, glossaries: GlossarySet) {
        let matcher = GlossaryMatcher(index: GlossaryIndex(glossaries))
        let entries = matcher.index.entries
        matches = matcher.hits(inText: phrase).map { hit in
            let entry = entries[hit.entry]
            var reasons: [String] = []
            if hit.viaVariant {
                reasons.append("variant spelling of '\(entry.it)'")
            } else if hit.surface == entry.it {
                reasons.append("exact form")
            } else if hit.surface.lowercased() == entry.it.lowercased() {
                reasons.append("same words, other capitalisation (case policy: \(entry.casePolicy.rawValue))")
            } else {
                reasons.append("inflected or elided form of '\(entry.it)' (same Italian stems)")
            }
            if hit.plural { reasons.append("plural") }
            return Match(entry: entry, surface: hit.surface, reason: reasons.joined(separator: "; "), english: entry.english(plural: hit.plural))
        }
    }
}
