/// A small, seeded random number generator (SplitMix64), so property tests draw the same cases
/// on every run and every machine.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Italian-looking news text with the hostile bits scraped and machine-translated text carries:
/// quotes of every style, apostrophes, abbreviations, numbers, glued words, HTML entities,
/// combining marks, joiners, direction marks, control characters (never NUL) and emoji.
enum HostileText {
    /// How many cases each property draws.
    static let caseCount = 150

    /// `count` articles drawn from `seed`.
    static func articles(count: Int = HostileText.caseCount, seed: UInt64) -> [String] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in article(using: &generator) }
    }

    /// One article: a few paragraphs of sentences built from the pieces below.
    static func article(using generator: inout SeededGenerator) -> String {
        let paragraphs = Int.random(in: 1...4, using: &generator)
        return (0..<paragraphs).map { _ in
            let sentences = Int.random(in: 1...5, using: &generator)
            return (0..<sentences).map { _ in sentence(using: &generator) }.joined(separator: separator(using: &generator))
        }.joined(separator: ["\n\n", "\n", "\r\n\r\n", "\n \n"].randomElement(using: &generator)!)
    }

    /// One sentence: a capitalised opening, words and odd pieces, and a final mark.
    static func sentence(using generator: inout SeededGenerator) -> String {
        var parts = [capitalized.randomElement(using: &generator)!]
        for _ in 0..<Int.random(in: 2...14, using: &generator) {
            let roll = Int.random(in: 0..<100, using: &generator)
            switch roll {
            case 0..<55: parts.append(words.randomElement(using: &generator)!)
            case 55..<63: parts.append(abbreviations.randomElement(using: &generator)!)
            case 63..<71: parts.append(numbers.randomElement(using: &generator)!)
            case 71..<78: parts.append(quoted(using: &generator))
            case 78..<84: parts.append(entities.randomElement(using: &generator)!)
            case 84..<92: parts.append(oddities.randomElement(using: &generator)!)
            case 92..<96: parts.append(words.randomElement(using: &generator)! + words.randomElement(using: &generator)!)
            default: parts.append(words.randomElement(using: &generator)! + "-\n" + words.randomElement(using: &generator)!)
            }
        }
        let glue = [" ", " ", " ", "  ", "\u{00A0}", "\t", ""]
        var text = parts[0]
        for part in parts.dropFirst() { text += glue.randomElement(using: &generator)! + part }
        return text + endings.randomElement(using: &generator)!
    }

    private static func separator(using generator: inout SeededGenerator) -> String {
        [" ", " ", "  ", "\n", "", " \u{200B}"].randomElement(using: &generator)!
    }

    private static func quoted(using generator: inout SeededGenerator) -> String {
        let (open, close) = [("«", "»"), ("“", "”"), ("\"", "\""), ("'", "'"), ("‘", "’"), ("«", ""), ("", "»")]
            .randomElement(using: &generator)!
        let inner = (0..<Int.random(in: 1...4, using: &generator)).map { _ in words.randomElement(using: &generator)! }
        return open + inner.joined(separator: " ") + endings.randomElement(using: &generator)! + close
    }

    static let words = [
        "il", "la", "governo", "ha", "approvato", "decreto", "sindaco", "città", "perché", "più", "però",
        "l'accordo", "dell'Unione", "un'altra", "po'", "perche'", "e'", "c'è", "all’estero", "gliel’ha",
        "consiglio", "maggioranza", "crisi", "banca centrale", "forze armate", "Camera", "Roma", "Milano",
        "è", "È", "E'", "ieri", "Lunedì", "lunedì", "Marzo", "ministro", "Draghi", "Meloni", "Zelenskyj",
        "il il", "che che", "novità", "qualità", "euro", "nord-est", "pre-accordo", "sull'intelligence",
    ]
    static let capitalized = ["Il", "La", "Secondo", "«Non", "Ieri", "Nel", "Lo", "Gli", "A", "È", "L'", "Dopo", "1.", "- ", "• "]
    static let abbreviations = ["dott.", "sig.ra", "art.", "S.p.A.", "ecc.", "etc.", "U.S.A.", "G.", "on.", "l'avv.", "pag.", "n."]
    static let numbers = ["3,5", "1.200", "2024", "15%", "10mila", "il2024", "3ottobre", "12:30", "-4", "1°", "½", "٣", "1e9", "0,000001"]
    static let entities = ["&amp;", "&quot;", "&#8217;", "&nbsp;", "&#x1F600;", "&bogus;", "&#0;", "&#xD800;", "&egrave;", "&#1114112;", "&lt;b&gt;", "&"]
    static let oddities = [
        "e\u{0301}", "a\u{0300}\u{0300}", "\u{0301}", "👩‍👩‍👧", "🇮🇹", "\u{200D}", "\u{200F}", "\u{202E}", "\u{202C}", "\u{2066}",
        "\u{0007}", "\u{001B}", "\u{007F}", "\u{0085}", "\u{00AD}", "\u{FEFF}", "\u{2028}", "\u{2029}", "\u{FFFD}", "\u{E000}",
        "Ⅻ", "ﬁ", "Å", "İ", "ß", "𝔄", "👍🏽", "\u{1F3F4}\u{E0067}\u{E0062}\u{E007F}", "…", "...", "?!", "—", "–", "(", ")", "[...]", "«»",
    ]
    static let endings = [".", ".", ".", "!", "?", "…", "...", "", ".»", "?»", ".”", "!\"", ":", ";", ",", " ."]
}
