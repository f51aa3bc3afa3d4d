/// English inflection: plurals, third-person present, past, participles and gerunds, with the
/// irregular forms from the lexicon. The regular rules match `scripts/build-lexicon`, which
/// stores every form these rules would get wrong.
enum EnglishMorphology {
    enum Form: String, Sendable {
        case plural = "pl", thirdSingular = "3sg", past, participle = "pp", gerund = "ger"
    }

    /// Inflects the head word of `phrase` (its first word for verbs, its last for nouns):
    /// `take part` → `took part`, `prime minister` → `prime ministers`.
    static func inflect(_ phrase: String, _ form: Form) -> String {
        // Most phrases are one word: nothing to split or join.
        if !phrase.isEmpty, !phrase.utf8.contains(UInt8(ascii: " ")) { return inflectWord(phrase, form) }
        var words = phrase.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard !words.isEmpty else { return phrase }
        let head = form == .plural ? words.count - 1 : 0
        words[head] = inflectWord(words[head], form)
        return words.joined(separator: " ")
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    static func inflectWord(_ word: String, _ form: Form) -> String {
        if let irregular = BuiltinLexicon.irregular(word, form.rawValue) { return irregular }
        let endsInConsonantY = word.count > 1 && word.last == "y" && !vowels.contains(word.dropLast().last ?? "a")
        switch form {
        case .plural, .thirdSingular:
            if ["s", "x", "z"].contains(word.last) || word.hasSuffix("ch") || word.hasSuffix("sh") { return word + "es" }
            return endsInConsonantY ? word.dropLast() + "ies" : word + "s"
        case .past, .participle:
            if word.hasSuffix("e") { return word + "d" }
            return endsInConsonantY ? word.dropLast() + "ied" : word + "ed"
        case .gerund:
            if word.hasSuffix("e") && !word.hasSuffix("ee") && word.count > 2 { return word.dropLast() + "ing" }
            return word + "ing"
        }
    }
}
