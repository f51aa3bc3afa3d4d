/// Turns tokens into analysed units and chooses one reading for each from its neighbours:
/// after an article a noun, after `non` or a clitic a verb, after an auxiliary a participle.
enum ItalianTagger {
    static func analyse(_ tokens: [SourceToken]) -> [SourceUnit] {
        var units: [SourceUnit] = []
        let keys = tokens.map { $0.text.lowercased().straightApostrophes }
        var position = 0
        while position < tokens.count {
            let token = tokens[position]
            if let (length, english) = PhraseMatcher.match(tokens, keys: keys, at: position) {
                let text = tokens[position..<(position + length)].map(\.text).joined(separator: " ")
                var unit = SourceUnit(token: SourceToken(text: text, kind: .word, spaceBefore: token.spaceBefore), key: text.lowercased(), analyses: [])
                unit.fixed = english
                units.append(unit)
                position += length
                continue
            }
            let key = keys[position]
            position += 1
            guard token.kind == .word else {
                units.append(SourceUnit(token: token, key: key, analyses: []))
                continue
            }
            if let (preposition, article) = ItalianContractions.split(key) {
                units.append(SourceUnit(token: token, key: preposition, analyses: BuiltinLexicon.analyses(of: preposition)))
                var articleToken = token
                articleToken.text = article
                articleToken.spaceBefore = true
                units.append(SourceUnit(token: articleToken, key: article, analyses: BuiltinLexicon.analyses(of: article).filter { $0.pos == "det" }))
                continue
            }
            // An acronym (`USA`, `ISIS`) is a name, never the Italian word it spells (`usa`).
            if token.text.isAcronym {
                units.append(SourceUnit(token: token, key: key, analyses: []))
                continue
            }
            var analyses = BuiltinLexicon.analyses(of: key)
            if analyses.isEmpty, let (verb, pronoun) = ItalianEnclitics.analyse(key) {
                analyses = verb.map { ItalianAnalysis(lemma: $0.lemma, pos: $0.pos, tags: $0.tags + ["enc:" + pronoun]) }
            }
            // Inside a sentence a capitalised word with no noun or adjective reading is a name
            // (`Pago Pago`, `Vicino a Pago`), not a verb.
            if token.text.startsUppercase, !opensSentence(tokens, position - 1),
               !analyses.contains(where: { ["n", "adj", "det", "pr", "cnj", "num", "prn"].contains($0.pos) }) {
                analyses = []
            }
            // After a title the capitalised words are a name: `il dottor Rossi`, not `red`.
            if token.text.startsUppercase, let previous = units.last,
               previous.analyses.isEmpty && previous.isCapitalized && previous.token.kind == .word && units.count > 1 && isTitle(units[units.count - 2])
                || isTitle(previous) {
                analyses = []
            }
            units.append(SourceUnit(token: token, key: key, analyses: analyses))
        }
        PersonNames.mark(&units)
        PlaceNames.mark(&units)
        for index in units.indices { units[index].chosen = choose(units, index) }
        return units
    }

    /// Titles before a name (`dottor`, `signora`), alone or ending a phrase (`il dottor`).
    private static func isTitle(_ unit: SourceUnit) -> Bool {
        let last = unit.key.split(separator: " ").last.map(String.init) ?? unit.key
        return titles.contains(last)
    }

    private static let titles: Set<String> = [
        "dottor", "dottoressa", "dott.", "dott", "signor", "signora", "sig.", "sig", "professor", "professoressa", "prof.", "prof",
        "ingegner", "avvocato", "onorevole", "don", "suor", "monsignor", "san", "santa", "santo",
    ]

    /// Whether the token at `position` starts a sentence or a quotation.
    static func opensSentence(_ tokens: [SourceToken], _ position: Int) -> Bool {
        opens(after: position > 0 ? tokens[position - 1] : nil)
    }

    /// Whether the unit at `position` starts a sentence or a quotation.
    static func opensSentence(_ units: [SourceUnit], _ position: Int) -> Bool {
        opens(after: position > 0 ? units[position - 1].token : nil)
    }

    /// Whether a word after `previous` (`nil` at the start) opens a sentence or a quotation.
    private static func opens(after previous: SourceToken?) -> Bool {
        guard let previous else { return true }
        return previous.kind == .punctuation && [".", "!", "?", ":", "«", "\"", "“", "(", "-", "–", "'"].contains(previous.text)
    }

    private static let cliticKeys: Set<String> = ["si", "mi", "ti", "ci", "vi", "lo", "la", "li", "le", "ne", "gli", "l'", "c'", "m'", "t'", "s'", "v'", "n'", "glielo", "gliela", "me", "te", "se", "ce", "ve"]

    private static func choose(_ units: [SourceUnit], _ index: Int) -> ItalianAnalysis? {
        let unit = units[index]
        guard unit.analyses.count > 1 else { return unit.analyses.first }
        let previous = index > 0 ? units[index - 1] : nil
        let next = index + 1 < units.count ? units[index + 1] : nil
        // Each reading scored once (`max(by:)` scores both sides of every comparison); the
        // first of equal readings wins, as with `max(by:)`.
        var best: (reading: ItalianAnalysis, score: Double)?
        for reading in unit.analyses {
            let value = score(reading, unit, previous, next)
            if best == nil || value > best!.score { best = (reading, value) }
        }
        return best?.reading
    }

    private static func score(_ reading: ItalianAnalysis, _ unit: SourceUnit, _ previous: SourceUnit?, _ next: SourceUnit?) -> Double {
        var score = basePriority(reading.pos)
        let previousPos = previous?.chosen?.pos
        let afterDeterminer = previousPos == "det" || previousPos == "adj" && previous?.chosen?.has("pos") == true
        switch reading.pos {
        case "n", "adj":
            if afterDeterminer { score += 3 }
            if previousPos == "pr" { score += 1.5 }
            if reading.pos == "adj", let head = previous?.chosen, head.pos == "n" || head.pos == "adj" && !unit.canBe(where: { $0.isFiniteVerb || $0.pos == "n" }),
               !(head.isPlural && reading.has("sg")) && !(head.has("sg") && reading.isPlural) {
                score += 1.5
            }
            // After a noun, an adjective agreeing with it: `14 Paesi alleati` → `14 allied
            // countries`, `i ministri europei`.
            if reading.pos == "adj", unit.can("n"), let head = previous?.chosen, head.pos == "n",
               head.isPlural == reading.isPlural, !unit.canBe(where: \.isFiniteVerb) {
                score += 1.2
            }
            // Before a noun a word that can be either is the adjective: `un giovane dinosauro`,
            // `la vecchia strada`; not before a participle, which follows its noun (`il comune
            // interessato` → `the municipality concerned`).
            if reading.pos == "adj", unit.can("n"), let noun = next, noun.can("n"), !noun.can("adj"), !noun.isCapitalized,
               !noun.canBe(where: \.isParticiple) {
                score += 1
            }
            // After an adverb of degree an adjective: `più forte`, `molto chiaro`.
            if reading.pos == "adj", let previous, ["più", "meno", "molto", "così", "troppo", "tanto", "assai", "poco"].contains(previous.key) {
                score += 2
            }
            // A glossary term is a noun: `ZZT1ZZ centrale` → `central ZZT1ZZ`.
            if reading.pos == "adj", previous?.token.kind == .placeholder { score += 2 }
            // After a copula an adjective is the complement: `è forte`, `sono vecchie`.
            if reading.pos == "adj", let verb = previous?.chosen, verb.isFiniteVerb, verb.lemma == "essere" { score += 2 }
        case "v":
            if afterDeterminer { score -= 3 }
            if reading.isInfinitive, previousPos == "pr" { score += 3 }
            if reading.isFiniteVerb {
                if previous.map({ $0.key == "non" || cliticKeys.contains($0.key) && $0.chosen?.pos == "prn" }) == true { score += 4 }
                if previousPos == "pr" { score -= 2 }
                if reading.has("prs") || reading.has("pis") { score -= 0.6 }
                if reading.has("imp") { score -= 1.2 }
                // After `che` a verb: `che sale al 10%` → `that rises to 10%`.
                if previous?.key == "che", reading.has("p3") { score += 1 }
                if reading.has("p2") { score -= 1 }
                if reading.has("p1") { score -= 0.5 }
            }
            // A participle before `da` is the verb (`partito da La Spezia` → `left from`).
            if reading.isParticiple, next?.key == "da" { score += 1.5 }
            if reading.isParticiple, let auxiliary = previous?.chosen, auxiliary.isFiniteVerb || auxiliary.isInfinitive
                || auxiliary.isParticiple && auxiliary.lemma == "essere",
               ["essere", "avere", "venire"].contains(auxiliary.lemma) || previous?.chosen?.lemma == "essere" {
                score += 4
            }
        case "prn":
            // `la`, `lo`, `le`, `l'` are pronouns only before a verb.
            if unit.can("det") {
                let nextIsVerb = next?.canBe(where: { $0.isFiniteVerb }) == true
                    && next?.canBe(where: { $0.pos == "n" || $0.pos == "adj" || $0.isParticiple }) == false
                score += nextIsVerb ? 4 : -4
            }
        case "num":
            // `oltre venti persone`: a number word is a number unless an article makes it a noun;
            // before a noun it is one even after an article (`le sette sorelle`).
            score += !afterDeterminer ? 1.5 : next?.can("n") == true ? 3 : 0
        case "det":
            if next?.canBe(where: { $0.pos == "n" || $0.pos == "adj" || $0.pos == "num" }) == true || next?.isCapitalized == true { score += 1 }
        default:
            break
        }
        return score
    }

    /// How likely a part of speech is before its context is weighed (a `switch`, not a table:
    /// every reading of every word asks, and hashing the name cost more than the answer).
    private static func basePriority(_ pos: String) -> Double {
        switch pos {
        case "det", "pr": 5
        case "cnj": 4.5
        case "rel": 4
        case "prn", "num": 3.5
        case "n": 3.2
        case "adv", "v": 3
        case "adj": 2.8
        case "ij": 0.5
        default: 1
        }
    }
}
