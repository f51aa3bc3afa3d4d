/// Whether an English proper name takes `the`. Italian puts the article before most place
/// names (`l'Italia`, `la Francia`, `il Giappone`); English does not (`Italy`, `France`,
/// `Japan`), except for a known set (`the Kremlin`, `the Balkans`, `the Netherlands`), names
/// headed by a common noun (`the European Commission`, `the Chamber of Deputies`, `the ADT
/// Corporation`) and names with an `of` phrase (`the Bank of Italy`).
///
/// The known set is a tag in the lexicon: a name entry whose English starts with `the`
/// (`Cremlino|np	the Kremlin`); glossary entries follow the same convention (`the Bahamas`).
enum EnglishNameArticle {
    /// Whether `name` (as English writes it, without an article) takes `the`. A word that is
    /// not a name (lowercase, or an acronym, whose article depends on the acronym) is left to
    /// the engine: `true`.
    static func takesArticle(_ name: String) -> Bool {
        answers.value(for: name, compute: decide)
    }

    /// The answers for the names asked before: a glossary's names recur from article to article.
    private static let answers = BoundedCache<String, Bool>(capacity: 5_000)

    private static func decide(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard let first = words.first, first.first?.isUppercase == true, first.contains(where: \.isLowercase) else { return true }
        if first.lowercased() == "the" || hasCommonHead(words) { return true }
        return BuiltinLexicon.namesWithArticle.contains(name)
    }

    /// Whether the words of a name make it take `the` by themselves: an `of` phrase or a
    /// common noun (`Canadian Diabetes Association`, `ADT Corporation`).
    static func hasCommonHead(_ words: [Substring]) -> Bool {
        words.contains("of") || words.contains { headNouns.contains($0.lowercased()) }
    }

    /// Common nouns that make a name an institution, an organisation or a geographic feature
    /// English writes with `the`.
    private static let headNouns: Set<String> = [
        "agency", "alliance", "assembly", "association", "authority", "bank", "board", "bureau", "cabinet", "centre", "center",
        "chamber", "church", "coalition", "college", "commission", "committee", "company", "confederation", "conference",
        "congress", "corporation", "council", "court", "department", "federation", "foundation", "front", "fund", "government",
        "group", "guard", "house", "institute", "kingdom", "league", "ministry", "movement", "museum", "office", "organisation",
        "organization", "parliament", "party", "police", "republic", "senate", "service", "society", "states", "tribunal",
        "union", "ocean", "sea", "river", "gulf", "channel", "desert", "peninsula", "islands", "mountains",
        "emirates", "strait", "canal", "coast", "navy", "army", "force", "forces", "corps", "treasury",
    ]
}
