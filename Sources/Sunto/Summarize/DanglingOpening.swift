/// Recognises a sentence whose opening leans on the sentence before it — "Ma…", "Anche…",
/// "Lui…", "Lo ha detto…", "Questo accordo…", "È quanto emerge…" — and so reads wrongly in a
/// brief without it.
///
/// Temporal "questa mattina", "quest'anno" and the like point at the calendar, not back at the
/// text, and do not count.
public enum DanglingOpening {
    /// Whether a sentence whose words are `words` (in any case) depends on its predecessor.
    public static func dependsOnPrevious(_ words: [String]) -> Bool {
        words.prefix(4).map(ScoringTokenizer.key(of:)).withUnsafeBufferPointer { dependsOnPrevious(keys: $0) }
    }

    /// Whether a sentence whose tokens are `tokens` depends on its predecessor.
    public static func dependsOnPrevious(tokens: [ScoringToken]) -> Bool {
        // The first four words' keys, on the stack: the selector asks this of every sentence.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 4) { keys in
            var count = 0
            for token in tokens where token.kind == .word {
                keys[count] = token.key
                count += 1
                if count == 4 { break }
            }
            return dependsOnPrevious(keys: UnsafeBufferPointer(rebasing: keys[..<count]))
        }
    }

    /// Whether a sentence whose first words (up to four) have these keys depends on its
    /// predecessor.
    static func dependsOnPrevious(keys words: UnsafeBufferPointer<UInt64>) -> Bool {
        guard let first = words.first else { return false }
        let second = words.count > 1 ? words[1] : 0
        if connectives.contains(first) || pronouns.contains(first) { return true }
        if clitics.contains(first) && reportingVerbs.contains(second) { return true }
        if phrases.contains(where: { words.starts(with: $0) }) { return true }
        for (index, word) in words.prefix(3).enumerated() where demonstratives.contains(word) {
            let next = index + 1 < words.count ? words[index + 1] : 0
            if !timeWords.contains(next) { return true }
        }
        return false
    }

    private static func keys(_ words: [String]) -> KeyTable {
        KeyTable(words: words)
    }

    /// Conjunctions and adverbs that continue the previous sentence's thought.
    private static let connectives = keys([
        "ma", "però", "tuttavia", "eppure", "anzi", "invece", "inoltre", "anche", "pure", "quindi", "dunque", "perciò",
        "pertanto", "infatti", "poi", "allora", "intanto", "comunque", "peraltro", "oltretutto", "altrimenti", "né",
        "e", "ed", "oppure", "cioè", "ovvero", "insomma", "successivamente", "così",
    ])

    /// Subject pronouns whose referent is in an earlier sentence.
    private static let pronouns = keys([
        "lui", "lei", "egli", "ella", "esso", "essa", "essi", "esse", "costui", "costei", "costoro", "ciò",
    ])

    /// Object pronouns that open a sentence before a verb of saying or being ("Lo ha comunicato").
    private static let clitics = keys(["lo", "l'", "li", "ne", "gli", "le", "la"])

    private static let reportingVerbs = keys([
        "ha", "hanno", "è", "sono", "era", "erano", "aveva", "avevano", "avrebbe", "avrebbero", "sarà", "saranno",
        "dice", "dicono", "conferma", "confermano", "spiega", "spiegano", "riferisce", "riferiscono", "ribadisce",
        "sostiene", "sostengono", "annuncia", "annunciano", "racconta", "raccontano", "scrive", "ricorda", "afferma",
        "precisa", "chiarisce", "denuncia", "definisce", "definiscono",
    ])

    /// Multi-word openings that refer back.
    private static let phrases: [[UInt64]] = ([
        ["è", "quanto"], ["sono", "quanto"], ["è", "questo"], ["nel", "frattempo"], ["in", "seguito"],
        ["a", "sua", "volta"], ["da", "parte", "sua"], ["dal", "canto", "suo"], ["lo", "stesso"], ["la", "stessa"],
        ["gli", "stessi"], ["le", "stesse"], ["oltre", "a", "ciò"],
    ] as [[String]]).map { $0.map(ScoringTokenizer.key(of:)) }

    /// Words that point back at something already named ("questo accordo", "il loro legale").
    private static let demonstratives = keys([
        "questo", "questa", "questi", "queste", "quest'", "tale", "tali", "suddetto", "suddetta", "suddetti",
        "suddette", "predetto", "predetta", "loro",
    ])

    /// Words after which a demonstrative points at the calendar ("questa mattina").
    private static let timeWords = keys([
        "mattina", "mattino", "sera", "notte", "pomeriggio", "settimana", "anno", "mese", "estate", "inverno",
        "autunno", "primavera", "giorno", "fine", "weekend",
    ])
}
