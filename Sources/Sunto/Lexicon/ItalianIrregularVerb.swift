/// One entry of `ItalianVerbLexicon.irregularVerbSource`: a regular paradigm with some
/// tenses replaced.
struct ItalianIrregularVerb: Sendable {
    /// The infinitive, without the `-` that marks a bound base.
    let lemma: String
    /// A base such as `-durre` that is a verb only inside compounds (`produrre`).
    let isBound: Bool
    let paradigm: ItalianParadigm

    /// Parses `lemma: key values; key values; …`.
    init(entry: Substring) throws(ItalianVerbDataError) {
        let entryText = String(entry)
        func malformed(_ reason: String) -> ItalianVerbDataError {
            .malformedIrregularEntry(entry: entryText, reason: reason)
        }
        guard let colon = entry.firstIndex(of: ":") else { throw malformed("has no ':'") }
        guard let name = entry[..<colon].split(separator: " ").first else {
            throw malformed("has no lemma before ':'")
        }
        isBound = name.hasPrefix("-")
        lemma = String(isBound ? name.dropFirst() : name)

        var fields: [String: [String]] = [:]
        for field in entry[entry.index(after: colon)...].split(separator: ";") {
            let words = field.split(separator: " ").map(String.init)
            guard let key = words.first, words.count > 1 else {
                throw malformed("has an empty field")
            }
            fields[key] = Array(words.dropFirst())
        }
        let model = fields["as"]?.first ?? lemma
        guard let regular = ItalianRegularConjugation(infinitive: model) else {
            throw malformed("has model '\(model)' that is not an infinitive")
        }
        paradigm = try Self.applying(fields, to: regular.paradigm, malformed: malformed)
    }

    private static func applying(
        _ fields: [String: [String]],
        to regular: ItalianParadigm,
        malformed: (String) -> ItalianVerbDataError
    ) throws(ItalianVerbDataError) -> ItalianParadigm {
        func persons(_ key: String) throws(ItalianVerbDataError) -> [[String]]? {
            guard let values = fields[key] else { return nil }
            guard values.count == 6 else { throw malformed("needs six forms in '\(key)'") }
            return values.map(alternatives)
        }
        var paradigm = regular
        if let present = try persons("pi") {
            paradigm.present = present
            paradigm.subjunctivePresent = derivedSubjunctive(from: present)
        }
        paradigm.imperfect = try persons("im") ?? paradigm.imperfect
        paradigm.subjunctivePresent = try persons("sp") ?? paradigm.subjunctivePresent
        paradigm.subjunctiveImperfect = try persons("si") ?? paradigm.subjunctiveImperfect
        if let remote = fields["pr"] {
            guard remote.count == 1 || remote.count == 6 else {
                throw malformed("needs one strong stem or six forms in 'pr'")
            }
            paradigm.remotePast = remote.count == 6
                ? remote.map(alternatives)
                : strongRemotePast(stems: alternatives(remote[0]), weak: regular.remotePast)
        }
        if let future = fields["fu"]?.first { paradigm.futureStems = alternatives(future) }
        if let participle = fields["pa"]?.first {
            paradigm.participleStems = alternatives(participle).map { String($0.dropLast()) }
        }
        return paradigm
    }

    private static func alternatives(_ slot: String) -> [String] {
        slot.split(separator: "/").map(String.init)
    }

    /// `vengo`, `veniamo` → `venga`, `venga`, `venga`, `veniamo`, `veniate`, `vengano`.
    private static func derivedSubjunctive(from present: [[String]]) -> [[String]] {
        let stems = present[0].filter { $0.hasSuffix("o") }.map { String($0.dropLast()) }
        let singular = stems.map { $0 + "a" }
        let plural2 = present[3].map { String($0.dropLast(4)) + "iate" }
        return [singular, singular, singular, present[3], plural2, stems.map { $0 + "ano" }]
    }

    /// Strong stem `diss` → `dissi`, (weak) `dicesti`, `disse`, `dicemmo`, `diceste`, `dissero`.
    private static func strongRemotePast(stems: [String], weak: [[String]]) -> [[String]] {
        [stems.map { $0 + "i" }, weak[1], stems.map { $0 + "e" }, weak[3], weak[4],
         stems.map { $0 + "ero" }]
    }
}
