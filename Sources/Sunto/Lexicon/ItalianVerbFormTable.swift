/// Every finite form of every lemma, and the subset that is also a common non-verb.
struct ItalianVerbFormTable: Sendable {
    /// Lowercased finite forms, accents written grave.
    let finiteForms: Set<String>
    /// Finite forms that are also past participles (`arrivate`, `prese`) or common nouns,
    /// adjectives and function words (`parte`, `porta`, `sei`).
    let ambiguousForms: Set<String>
    /// Distinct verbs conjugated, compounds included, bound bases (`-durre`) excluded.
    let lemmaCount: Int

    /// Truncated spellings that stand for a finite form: `vuol dire`, `dev'essere`, `son stati`.
    static let truncatedForms = ["vuol", "suol", "vien", "tien", "son", "han", "dev'"]

    /// Conjugates the built-in data.
    static func build() throws(ItalianVerbDataError) -> ItalianVerbFormTable {
        var irregulars: [String: ItalianIrregularVerb] = [:]
        for entry in ItalianVerbLexicon.irregularVerbSource.split(separator: "\n") {
            let verb = try ItalianIrregularVerb(entry: entry)
            irregulars[verb.lemma] = verb
        }
        var builder = Builder()
        for verb in irregulars.values where !verb.isBound {
            builder.add(.irregular(verb.paradigm), prefix: "", lemma: verb.lemma)
        }
        for line in ItalianVerbLexicon.lemmaSource.split(separator: "\n")
        where !line.hasPrefix("#") {
            for token in line.split(separator: " ") {
                try builder.add(lemmaToken: token, irregulars: irregulars)
            }
        }
        truncatedForms.forEach { builder.finite.insert($0) }
        return builder.table
    }

    /// Regular verbs are emitted straight from their endings; irregular ones from a paradigm.
    private enum Conjugation {
        case regular(ItalianRegularConjugation)
        case irregular(ItalianParadigm)
    }

    private struct Builder {
        var finite = Set<String>(minimumCapacity: 40_000)
        var participles = Set<String>(minimumCapacity: 4_000)
        var lemmas = Set<String>(minimumCapacity: 1_000)

        mutating func add(_ verb: Conjugation, prefix: String, lemma: String) {
            guard lemmas.insert(lemma).inserted else { return }
            switch verb {
            case .regular(let conjugation):
                conjugation.forEachFiniteForm(prefixedWith: prefix) { finite.insert($0) }
                conjugation.forEachParticiple(prefixedWith: prefix) { participles.insert($0) }
            case .irregular(let paradigm):
                paradigm.forEachFiniteForm(prefixedWith: prefix) { finite.insert($0) }
                paradigm.forEachParticiple(prefixedWith: prefix) { participles.insert($0) }
            }
        }

        mutating func add(
            lemmaToken token: Substring,
            irregulars: [String: ItalianIrregularVerb]
        ) throws(ItalianVerbDataError) {
            let parts = token.split(separator: "|", maxSplits: 1)
            if parts.count == 2 {
                let prefix = String(parts[0])
                let base = String(parts[1])
                if let irregular = irregulars[base] {
                    add(.irregular(irregular.paradigm), prefix: prefix, lemma: prefix + base)
                } else if let regular = ItalianRegularConjugation(infinitive: base) {
                    add(.regular(regular), prefix: prefix, lemma: prefix + base)
                } else {
                    throw .unknownBase(compound: String(token), base: base)
                }
                return
            }
            let insertsIsc = token.hasSuffix("*")
            let lemma = String(insertsIsc ? token.dropLast() : token)
            if let irregular = irregulars[lemma], !irregular.isBound {
                return  // already conjugated with the irregular table
            }
            guard let regular = ItalianRegularConjugation(infinitive: lemma, insertsIsc: insertsIsc)
            else { throw .unknownEnding(lemma: lemma) }
            add(.regular(regular), prefix: "", lemma: lemma)
        }

        var table: ItalianVerbFormTable {
            var ambiguous = participles.filter { finite.contains($0) }
            for word in Self.words(ItalianVerbLexicon.verbReadingFormSource) {
                ambiguous.remove(word)
            }
            for word in Self.words(ItalianVerbLexicon.ambiguousFormSource)
            where finite.contains(word) {
                ambiguous.insert(word)
            }
            return ItalianVerbFormTable(
                finiteForms: finite, ambiguousForms: ambiguous, lemmaCount: lemmas.count)
        }

        private static func words(_ source: String) -> [String] {
            source.split(whereSeparator: \.isWhitespace).map(String.init)
        }
    }
}
