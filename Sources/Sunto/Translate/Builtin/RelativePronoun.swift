/// The relative `che` (and `il quale`, `i quali`) as English wants it: `who` after a person
/// (`il medico che lavorava` → `the doctor who worked`, `Henry Kissinger, che era` → `Henry
/// Kissinger, who was`), `which` after a thing and a comma (`il piano, che è pronto` → `the
/// plan, which is ready`); elsewhere the lexicon's `that`.
///
/// `che` is read as a relative only when a verb follows it at once (`che ha parlato`, `che non
/// era`, `che lo ha detto`): after a verb of saying `che` with its own subject is `that`
/// (`ha detto ai giornalisti che il piano è pronto`).
enum RelativePronoun {
    /// The English for the unit at `position` when it is such a relative, else `nil`.
    static func english(_ units: [SourceUnit], at position: Int) -> String? {
        let unit = units[position]
        guard unit.key == "che", unit.fixed == nil, position + 1 < units.count, position > 0 else { return nil }
        let next = units[position + 1]
        guard next.key == "non" || next.chosen?.isFiniteVerb == true || next.chosen?.pos == "prn" && VerbGroup.clitics.contains(next.key)
        else { return nil }
        var antecedent = position - 1
        let afterComma = units[antecedent].token.text == ","
        if afterComma { antecedent -= 1 }
        // Adjectives after the noun: `un medico giovane che`.
        while antecedent > 0, units[antecedent].pos == "adj", units[antecedent].fixed == nil, !units[antecedent].isCapitalized { antecedent -= 1 }
        guard antecedent >= 0 else { return nil }
        let head = units[antecedent]
        if head.token.kind == .word, head.fixed == nil, head.chosen?.pos == "n" && !head.isCapitalized {
            let english = LexicalChoice.english(for: head).text.split(separator: " ").last.map(String.init) ?? ""
            if persons.contains(english) || personSuffixes.contains(where: english.hasSuffix) && !notPersons.contains(english) {
                return "who"
            }
            return afterComma ? "which" : nil
        }
        // A full name, `Henry Kissinger, che`.
        if afterComma, antecedent > 0, head.isCapitalized, head.chosen == nil, head.token.kind == .word,
           units[antecedent - 1].isCapitalized, units[antecedent - 1].chosen == nil, units[antecedent - 1].token.kind == .word {
            return "who"
        }
        return nil
    }

    /// English words for people that no suffix tells.
    private static let persons: Set<String> = [
        "man", "woman", "child", "boy", "girl", "person", "people", "doctor", "leader", "member", "minister", "president",
        "mayor", "officer", "player", "worker", "manager", "teacher", "lawyer", "writer", "researcher", "speaker", "spokesperson",
        "farmer", "driver", "soldier", "citizen", "resident", "patient", "victim", "witness", "suspect", "prisoner", "friend",
        "father", "mother", "son", "daughter", "brother", "sister", "husband", "wife", "family", "author", "actor", "actress",
        "director", "senator", "governor", "judge", "expert", "official", "student", "pupil", "professor", "chief", "king",
        "queen", "prince", "princess", "pope", "priest", "bishop", "candidate", "voter", "fan", "athlete", "coach", "captain",
        "owner", "founder", "partner", "colleague", "adviser", "advisor", "secretary", "ambassador", "commander", "general",
        "singer", "designer", "engineer", "nurse", "survivor", "user", "customer", "client", "traveller", "tourist", "migrant",
        "refugee", "journalist", "scientist", "hero", "champion", "winner", "baby", "somebody", "someone", "anyone", "everyone",
    ]

    /// Endings of English words for people: `scientist`, `politician`, `employee`, `chairman`.
    private static let personSuffixes = ["ist", "ian", "ee", "man", "woman", "person"]

    /// Words with those endings that are not people: `le liste, che` → `the lists, which`.
    private static let notPersons: Set<String> = [
        "list", "shortlist", "checklist", "blacklist", "playlist", "waitlist", "mist", "wrist", "twist", "fist", "gist", "assist",
        "committee", "fee", "guarantee", "degree", "coffee", "tree", "knee", "decree", "jubilee",
    ]
}
