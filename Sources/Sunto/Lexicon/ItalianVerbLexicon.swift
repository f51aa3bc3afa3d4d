/// Recognises finite Italian verb forms (`arriva`, `sarà`, `dissero`, `l'ha`), so that text
/// repair can tell a clause from a verbless fragment.
///
/// Forms come from conjugating a built-in list of about 1,100 verbs common in news writing;
/// participles, infinitives and gerunds are not finite and are not recognised unless they
/// are spelled like a finite form. Words are compared lowercased, with acute accents folded
/// to grave (`perché` and `perchè` are one key) and typewriter accents read as accents
/// (`e'` is `è`, `puo'` is `può`). Elisions before a verb are looked through: `l'ha`, `c'è`,
/// `dov'è`; `dev'essere` counts as the elided `deve`.
/// The forms are conjugated in advance (``formsText``, written by `scripts/embed-verb-forms`
/// and checked against the conjugation by a test) and looked up by bisection: conjugating them
/// at run time cost about 25 ms of CPU, paid by the first text that needed them.
public enum ItalianVerbLexicon {
    static let forms = SortedLineTable(formsText)

    /// Whether `word` is spelled like a finite verb form, even if it is usually a noun
    /// (`porta`, `parte`) or a participle (`arrivate`).
    public static func isFiniteVerb(_ word: String) -> Bool {
        matches(lookupKey(word)) { forms.value(for: $0) != nil }
    }

    /// Whether `word` is a finite verb form that is not also a common noun, adjective,
    /// participle or function word: `arriva`, `sarà`, `ha` are; `porta`, `parte`, `prese` are not.
    public static func isUnambiguousFiniteVerb(_ word: String) -> Bool {
        matches(lookupKey(word)) { forms.value(for: $0) == "0" }
    }

    /// Whether any of `words` is an unambiguous finite verb, i.e. the words read as a clause.
    ///
    /// Pass words split on whitespace; surrounding punctuation is ignored.
    public static func hasFiniteVerb(_ words: some Sequence<String>) -> Bool {
        words.contains { isUnambiguousFiniteVerb($0) }
    }

    /// Number of distinct finite forms known, for diagnostics.
    public static var formCount: Int { forms.count }

    /// Number of verbs conjugated, for diagnostics.
    public static var lemmaCount: Int { conjugatedLemmaCount }

    /// Words that elide before a verb: clitic pronouns (`l'ha`, `c'è`, `s'è`, `n'ha`, `m'ha`)
    /// and the question words of `dov'è`, `com'era`, `cos'è`, `quand'è`, `qual'è`.
    private static let elidedHeads: Set<Substring> = [
        "l", "c", "s", "n", "m", "t", "v", "ch", "dov", "ov", "com", "cos", "quand", "qual",
    ]

    private static func matches(_ key: String, _ isForm: (String) -> Bool) -> Bool {
        if isForm(key) { return true }
        guard let apostrophe = key.firstIndex(of: "'") else { return false }
        let head = key[..<apostrophe]
        let tail = key[key.index(after: apostrophe)...]
        if tail.isEmpty {
            return accentingFinalVowel(head).map(isForm) ?? false
        }
        if isForm(String(key[...apostrophe])) { return true }  // dev'essere
        return elidedHeads.contains(head) && matches(String(tail), isForm)
    }

    /// `sara` → `sarà`: a trailing apostrophe often stands for a missing accent.
    private static func accentingFinalVowel(_ word: Substring) -> String? {
        let graves: [Character: Character] = ["a": "à", "e": "è", "i": "ì", "o": "ò", "u": "ù"]
        guard let last = word.last, let accented = graves[last] else { return nil }
        return String(word.dropLast()) + String(accented)
    }
}
