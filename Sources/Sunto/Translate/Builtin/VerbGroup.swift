/// An Italian verb group read from the units: `non`, clitic pronouns, the finite verb, any
/// participles after it (`è stato firmato`), and the English it becomes.
struct VerbGroup: Sendable {
    /// The units consumed, start inclusive.
    var range: Range<Int>
    var phrase: EnglishVerbPhrase
    /// English object pronouns from clitics (`lo` → `it`), placed after the verb.
    var objects: [String]
    /// Adverbs found inside the group (`ha già detto`), placed after the first auxiliary.
    var adverbs: [String]
    /// The finite verb's reading, for subject insertion.
    var finite: ItalianAnalysis
    /// The Italian lemma of the last verb (`aggiungere` in `ha aggiunto`).
    var mainLemma: String
    /// Whether an infinitive after this group takes no `to` (`deve partire` → `must leave`).
    var isModal: Bool { ["can", "must"].contains(phrase.lemma) }

    private static let objectPronouns: [String: String] = [
        "lo": "it", "la": "it", "l'": "it", "li": "them", "le": "them", "gli": "him", "mi": "me", "m'": "me",
        "ti": "you", "t'": "you", "vi": "you", "glielo": "it to him", "gliela": "it to him",
    ]
    static let clitics: Set<String> = Set(objectPronouns.keys).union(["si", "s'", "ci", "c'", "ne", "n'", "se", "ce", "me", "te", "ve"])

    /// Verbs that take `essere` in compound tenses: `è arrivato` is past, not passive.
    static let unaccusatives: Set<String> = [
        "andare", "venire", "arrivare", "partire", "tornare", "ritornare", "entrare", "uscire", "nascere", "morire", "diventare",
        "divenire", "restare", "rimanere", "stare", "cadere", "salire", "scendere", "succedere", "accadere", "avvenire", "crescere",
        "aumentare", "diminuire", "calare", "scendere", "sparire", "scomparire", "apparire", "comparire", "sembrare", "parere",
        "bastare", "mancare", "costare", "durare", "piacere", "esistere", "giungere", "emergere", "fuggire", "sorgere", "passare",
        "iniziare", "cominciare", "finire", "terminare", "proseguire", "continuare", "cambiare", "riuscire", "servire", "esplodere",
        "intervenire", "sopravvivere", "atterrare", "decollare", "affondare", "crollare", "guarire", "invecchiare", "migliorare",
        "peggiorare", "risultare", "ricorrere", "scattare", "tramontare", "sbarcare",
    ]

    /// Reads a verb group starting at `start`, or `nil` when no finite verb follows.
    static func read(_ units: [SourceUnit], at start: Int) -> VerbGroup? {
        var index = start
        var negated = false
        var clitics: [String] = []
        while index < units.count {
            if units[index].key == "non" {
                negated = true
            } else if units[index].pos == "prn", Self.clitics.contains(units[index].key) {
                clitics.append(units[index].key)
            } else {
                break
            }
            index += 1
        }
        guard index < units.count, let finite = units[index].chosen, finite.isFiniteVerb || finite.tense == "imp" else { return nil }
        var chain = [finite]
        var adverbs: [String] = []
        index += 1
        while index < units.count, let reading = units[index].chosen {
            if reading.isParticiple, ["avere", "essere", "venire"].contains(chain.last?.lemma ?? ""), units[index].fixed == nil {
                chain.append(reading)
            } else if reading.pos == "adv", units[index].fixed == nil, index + 1 < units.count,
                      units[index + 1].chosen?.isParticiple == true, ["avere", "essere"].contains(chain.last?.lemma ?? "") {
                adverbs.append(LexicalChoice.english(for: units[index]).text)
            } else {
                break
            }
            index += 1
        }
        // `non lavora più` → `no longer works`, `non è più pronto` → `is no longer ready`,
        // `non ha più tempo` → `has no more time`.
        var trailing: [String] = []
        if negated, index < units.count, units[index].key == "più", units[index].fixed == nil {
            let following = index + 1 < units.count ? units[index + 1].pos : nil
            let noLonger = following == "adj" && finite.lemma == "essere" || !["n", "adj", "num", "det"].contains(following ?? "")
            if following == "n" { trailing = ["no more"] }
            if noLonger { adverbs.append("no longer") }
            if following == "n" || noLonger {
                negated = false
                index += 1
            }
        }
        let reflexive = clitics.contains { ["si", "s'", "mi", "ti", "ci", "vi", "se", "me", "te", "ce", "ve"].contains($0) }
        var phrase = englishPhrase(chain, units: units, reflexive: reflexive)
        phrase.negated = negated
        phrase.thirdSingular = finite.person == "p3" && !finite.isPlural
        phrase.firstSingular = finite.person == "p1" && !finite.isPlural
        // With `essere`, `lo` stands for the complement: `non lo sono più` → `are no longer`.
        let objects = clitics.filter { chain[chain.count - 1].lemma != "essere" || !["lo", "l'"].contains($0) }.compactMap { objectPronouns[$0] } + trailing
        return VerbGroup(range: start..<index, phrase: phrase, objects: objects, adverbs: adverbs, finite: finite, mainLemma: chain[chain.count - 1].lemma)
    }

    private static func tense(_ reading: ItalianAnalysis) -> EnglishVerbPhrase.Tense {
        switch reading.tense {
        case "pii", "ifi", "pis": return .past
        case "fti": return .future
        case "cni": return .conditional
        case "imp": return .imperative
        default: return .present
        }
    }

    /// The compound tenses: avere + participle is a simple past in narration; essere +
    /// participle is a past for verbs of motion and change and for reflexives, else a passive.
    private static func englishPhrase(_ chain: [ItalianAnalysis], units: [SourceUnit], reflexive: Bool) -> EnglishVerbPhrase {
        let head = chain[0]
        let base = tense(head)
        let main = chain[chain.count - 1]
        let lemma = LexicalChoice.english(for: ItalianAnalysis.unit(main)).text
        guard chain.count > 1 else { return EnglishVerbPhrase(lemma: lemma, tense: base) }
        let perfect: EnglishVerbPhrase.Tense = switch base {
        case .present, .imperative: .past
        case .past: .pastPerfect
        case .future: .futurePerfect
        case .conditional, .conditionalPerfect: .conditionalPerfect
        default: .pastPerfect
        }
        if head.lemma == "venire" { return EnglishVerbPhrase(lemma: lemma, tense: base, passive: true) }
        if head.lemma == "avere" { return EnglishVerbPhrase(lemma: lemma, tense: perfect) }
        // essere + …
        if chain.count == 3 { return EnglishVerbPhrase(lemma: lemma, tense: perfect, passive: true) }
        if main.lemma == "essere" || main.lemma == "stare" { return EnglishVerbPhrase(lemma: "be", tense: perfect) }
        if unaccusatives.contains(main.lemma) || reflexive { return EnglishVerbPhrase(lemma: lemma, tense: perfect) }
        return EnglishVerbPhrase(lemma: lemma, tense: base, passive: true)
    }
}

extension ItalianAnalysis {
    /// A bare unit carrying this reading, for lexical lookups outside the sentence.
    static func unit(_ reading: ItalianAnalysis) -> SourceUnit {
        var unit = SourceUnit(token: SourceToken(text: reading.lemma, kind: .word, spaceBefore: true), key: reading.lemma, analyses: [reading])
        unit.chosen = reading
        return unit
    }
}
