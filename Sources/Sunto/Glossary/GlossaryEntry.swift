/// One term of a glossary: the Italian term, the English term the organisation prescribes, and
/// how to match and render it.
public struct GlossaryEntry: Sendable, Equatable {
    /// How capitalisation is matched.
    public enum CasePolicy: String, Sendable, CaseIterable {
        /// Only with the capitalisation written in the glossary (names, acronyms).
        case exact
        /// Any capitalisation (common terms).
        case insensitive
    }

    /// The Italian term, base form.
    public var it: String
    /// The English term.
    public var en: String
    /// Other Italian spellings that mean the same term; unified to `it` in the Italian brief.
    public var variants: [String]
    /// The English plural, when it is not the regular one.
    public var enPlural: String?
    /// Part of speech: noun, propn, adj, verb, phrase (empty when not given).
    public var partOfSpeech: String
    /// How capitalisation is matched.
    public var casePolicy: CasePolicy
    /// Subject area, e.g. `justice`.
    public var domain: String
    /// A note for terminologists and readers (e.g. a spelling policy).
    public var note: String
    /// The glossary the entry comes from (its file name without folder).
    public var glossary: String
    /// The 1-based line (TSV/CSV) or entry number (TBX) in that file.
    public var line: Int

    /// Creates an entry.
    public init(
        it: String, en: String, variants: [String] = [], enPlural: String? = nil, partOfSpeech: String = "",
        casePolicy: CasePolicy = .insensitive, domain: String = "", note: String = "", glossary: String = "", line: Int = 0
    ) {
        self.it = it
        self.en = en
        self.variants = variants
        self.enPlural = enPlural
        self.partOfSpeech = partOfSpeech
        self.casePolicy = casePolicy
        self.domain = domain
        self.note = note
        self.glossary = glossary
        self.line = line
    }

    /// The English form for an Italian occurrence, plural when the Italian form is plural.
    /// A term whose note says it is plural-only or uncountable keeps its English as written
    /// (`fasce di garanzia` → `guaranteed service hours`, `ricavi` → `revenue`).
    public func english(plural: Bool) -> String {
        guard plural, ["noun", "phrase", ""].contains(partOfSpeech), !keepsNumber else { return en }
        return enPlural ?? EnglishPlural.of(en)
    }

    /// Whether the note marks the term plural-only or uncountable (its English has no other
    /// plural).
    var keepsNumber: Bool {
        enPlural == nil && (note.contains("plural-only") || note.contains("uncountable"))
    }
}

/// Regular English plurals of a term: the head noun takes the ending ("armed force" → "armed
/// forces", "Council of Ministers" stays on "Council" → "Councils of Ministers").
enum EnglishPlural {
    static func of(_ phrase: String) -> String {
        var words = phrase.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard !words.isEmpty else { return phrase }
        let head = words.firstIndex(where: { ["of", "for", "on", "in", "to", "with"].contains($0) }).map { max(0, $0 - 1) } ?? words.count - 1
        words[head] = word(words[head])
        return words.joined(separator: " ")
    }

    static func word(_ word: String) -> String {
        let lower = word.lowercased()
        if let irregular = irregular[lower] { return word.first?.isUppercase == true ? irregular.firstUppercased : irregular }
        if word.count > 1, word == word.uppercased() { return word + "s" }
        if lower.hasSuffix("s") || lower.hasSuffix("x") || lower.hasSuffix("ch") || lower.hasSuffix("sh") || lower.hasSuffix("z") {
            return word + "es"
        }
        if lower.hasSuffix("y"), let beforeY = lower.dropLast().last, !"aeiou".contains(beforeY) {
            return word.dropLast() + "ies"
        }
        return word + "s"
    }

    private static let irregular: [String: String] = [
        "man": "men", "woman": "women", "child": "children", "person": "people", "crisis": "crises",
        "analysis": "analyses", "thesis": "theses", "basis": "bases", "criterion": "criteria",
        "phenomenon": "phenomena", "medium": "media", "datum": "data", "leaf": "leaves", "life": "lives",
        "wife": "wives", "knife": "knives", "half": "halves", "staff": "staff", "aircraft": "aircraft",
        "series": "series", "species": "species", "police": "police", "personnel": "personnel",
    ]
}
