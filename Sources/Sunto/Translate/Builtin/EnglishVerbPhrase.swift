/// Builds an English verb phrase from an English lemma, a tense, voice, person and negation:
/// (`say`, past) → `said`; (`consider`, present, passive, 3sg) → `is considered`;
/// (`go`, present, negated, 3sg) → `does not go`.
struct EnglishVerbPhrase: Sendable {
    enum Tense: Sendable {
        case present, past, future, conditional, pastPerfect, futurePerfect, conditionalPerfect, imperative
    }

    var lemma: String
    var tense: Tense
    var passive = false
    var thirdSingular = false
    var firstSingular = false
    var negated = false

    var words: [String] {
        var words = passive ? auxiliaryBe + [EnglishMorphology.inflect(lemma, .participle)] : active
        if negated { words = negate(words) }
        return words
    }

    private static let modals: [String: (present: String, past: String, conditional: String, future: String)] = [
        "can": ("can", "could", "could", "will be able to"),
        "must": ("must", "had to", "should", "will have to"),
    ]

    private var active: [String] {
        if let modal = Self.modals[lemma] {
            switch tense {
            case .present, .imperative: return [modal.present]
            case .past, .pastPerfect: return modal.past.split(separator: " ").map(String.init)
            case .conditional, .conditionalPerfect: return [modal.conditional]
            case .future, .futurePerfect: return modal.future.split(separator: " ").map(String.init)
            }
        }
        switch tense {
        case .present: return [presentForm(lemma)]
        case .imperative: return [lemma]
        case .past: return [pastForm(lemma)]
        case .future: return ["will", lemma]
        case .conditional: return ["would", lemma]
        case .pastPerfect: return ["had", EnglishMorphology.inflect(lemma, .participle)]
        case .futurePerfect: return ["will", "have", EnglishMorphology.inflect(lemma, .participle)]
        case .conditionalPerfect: return ["would", "have", EnglishMorphology.inflect(lemma, .participle)]
        }
    }

    private var auxiliaryBe: [String] {
        switch tense {
        case .present, .imperative: return [presentForm("be")]
        case .past: return [pastForm("be")]
        case .future: return ["will", "be"]
        case .conditional: return ["would", "be"]
        case .pastPerfect: return ["had", "been"]
        case .futurePerfect: return ["will", "have", "been"]
        case .conditionalPerfect: return ["would", "have", "been"]
        }
    }

    private func presentForm(_ lemma: String) -> String {
        if lemma.hasPrefix("be ") { return presentForm("be") + lemma.dropFirst(2) }
        if lemma == "be" { return thirdSingular ? "is" : firstSingular ? "am" : "are" }
        return thirdSingular ? EnglishMorphology.inflect(lemma, .thirdSingular) : lemma
    }

    private func pastForm(_ lemma: String) -> String {
        if lemma.hasPrefix("be ") { return pastForm("be") + lemma.dropFirst(2) }
        if lemma == "be" { return thirdSingular || firstSingular ? "was" : "were" }
        return EnglishMorphology.inflect(lemma, .past)
    }

    private static let auxiliaries: Set<String> = [
        "is", "are", "am", "was", "were", "will", "would", "had", "has", "have", "can", "could", "must", "should",
    ]

    private func negate(_ words: [String]) -> [String] {
        guard let first = words.first else { return words }
        if Self.auxiliaries.contains(first) { return [first, "not"] + words.dropFirst() }
        let base = lemma.split(separator: " ").map(String.init)
        switch tense {
        case .past: return ["did", "not"] + base
        case .present: return [thirdSingular ? "does" : "do", "not"] + base
        default: return ["not"] + words
        }
    }
}
