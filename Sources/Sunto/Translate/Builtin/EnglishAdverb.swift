/// Italian adverbs in `-mente` the lexicon lacks, derived from their adjective:
/// `temporaneamente` → `temporaneo` → `temporary` → `temporarily`, `probabilmente` →
/// `probabile` → `probable` → `probably`, `leggermente` → `leggero` → `light` → `lightly`.
enum EnglishAdverb {
    /// The English adverb for a lowercase Italian word, or `nil` when it is not such an
    /// adverb or its adjective is unknown.
    static func derive(_ word: String) -> String? {
        guard word.hasSuffix("mente"), word.count > 8 else { return nil }
        let stem = String(word.dropLast(5))
        let candidates = stem.hasSuffix("a") ? [stem.dropLast() + "o"] : stem.hasSuffix("e") ? [stem] : [stem + "e", stem + "o"]
        for adjective in candidates {
            if let english = BuiltinLexicon.english(lemma: adjective, pos: "adj"), !english.utf8.contains(UInt8(ascii: " ")) {
                return adverb(english)
            }
        }
        return nil
    }

    /// `true` → `truly`, `easy` → `easily`, `possible` → `possibly`, `basic` → `basically`.
    static func adverb(_ adjective: String) -> String {
        if adjective.hasSuffix("ly") { return adjective }
        if adjective.hasSuffix("ic") { return adjective + "ally" }
        if adjective.hasSuffix("ll") { return adjective + "y" }
        if adjective.hasSuffix("le") && adjective.count > 3 || adjective.hasSuffix("ue") {
            return adjective.hasSuffix("le") ? adjective.dropLast() + "y" : adjective.dropLast() + "ly"
        }
        if adjective.hasSuffix("y"), adjective.count > 3 { return adjective.dropLast() + "ily" }
        return adjective + "ly"
    }
}
