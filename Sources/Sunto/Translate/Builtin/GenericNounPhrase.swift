/// Articles on generics: Italian puts the definite article on a noun taken in general, English
/// does not (`il diabete` → `diabetes`, `la democrazia` → `democracy`). This is done for nouns
/// English uses as generic mass nouns (diseases, fields, sports, abstract states, `-ism`s), and
/// only where nothing makes the phrase definite: a preposition before the article (`la lotta
/// contro il terrorismo` keeps `the`, as English news mostly does), `tutto` before it, an ordering
/// adjective, or an `of`, relative or place phrase after the noun (`la democrazia in Italia`).
/// Plural nouns keep the article: whether `i ministri` are ministers in general or the ones in
/// the story cannot be told from the sentence, and news mostly means the latter.
enum GenericNounPhrase {
    /// Whether the definite article at `article` heads a generic noun phrase.
    static func takesNoArticle(_ units: [SourceUnit], after article: Int) -> Bool {
        if article > 0, units[article - 1].lemma == "tutto" || units[article - 1].pos == "pr" { return false }
        var position = article + 1
        // Adjectives before the noun: `i nuovi studi`; ordering ones make it definite.
        while position < units.count, position - article <= 2, let reading = units[position].chosen, reading.pos == "adj" {
            if definiteAdjectives.contains(reading.lemma) || units[position].fixed != nil { return false }
            position += 1
        }
        guard position < units.count, units[position].token.kind == .word, units[position].fixed == nil,
              !units[position].isCapitalized, let noun = units[position].chosen, noun.pos == "n", !noun.isPlural else { return false }
        let english = LexicalChoice.english(for: units[position]).text
        guard massNouns.contains(english) || english.hasSuffix("ism") && english.count > 5 else { return false }
        position += 1
        while position < units.count, units[position].pos == "adj", units[position].fixed == nil { position += 1 }
        guard position < units.count else { return true }
        let following = units[position]
        return !(["di", "che", "cui", "in", "a", "da"].contains(following.key) && following.fixed == nil)
    }

    /// Adjectives that single out the things named: `gli altri`, `i primi`, `gli stessi`.
    private static let definiteAdjectives: Set<String> = [
        "altro", "stesso", "primo", "secondo", "terzo", "ultimo", "prossimo", "seguente", "unico", "principale", "medesimo",
        "precedente", "successivo", "restante", "migliore", "peggiore", "maggiore", "minore",
    ]

    /// English nouns used without an article when taken in general: diseases, fields, sports,
    /// abstract states.
    private static let massNouns: Set<String> = [
        "diabetes", "cancer", "malaria", "tuberculosis", "cholera", "obesity", "depression",
        "democracy", "freedom", "justice", "poverty", "unemployment", "inflation", "corruption", "violence", "racism",
        "gymnastics", "athletics", "football", "tennis", "basketball", "baseball", "cycling", "swimming", "skiing",
        "literature", "medicine", "music", "politics", "economics", "philosophy", "mathematics", "physics", "chemistry",
        "biology", "architecture", "agriculture", "tourism", "education", "humanity", "mankind", "nature",
    ]
}
