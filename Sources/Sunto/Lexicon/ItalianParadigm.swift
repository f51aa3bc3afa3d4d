/// The regular conjugation patterns of Italian verbs.
enum ItalianConjugationClass: Sendable, Equatable {
    /// First conjugation, `arrivare`.
    case are
    /// Second conjugation, `credere`.
    case ere
    /// Third conjugation without -isc-, `partire`.
    case ire
    /// Third conjugation with -isc- in the singular and 3rd plural, `finire`.
    case ireIsc
}

/// Every finite form of one verb, tense by tense, plus its past participle stems.
///
/// Tenses with persons hold six slots, 1st singular to 3rd plural; each slot holds one or
/// more spellings (`devo`, `debbo`). The future and conditional share `futureStems`.
struct ItalianParadigm: Sendable, Equatable {
    var present: [[String]]
    var imperfect: [[String]]
    var remotePast: [[String]]
    var futureStems: [String]
    var subjunctivePresent: [[String]]
    var subjunctiveImperfect: [[String]]
    /// Participle minus its gender/number vowel: `arrivat` for `arrivato`, `arrivate`, ….
    var participleStems: [String]

    static let futureEndings = ["ò", "ai", "à", "emo", "ete", "anno"]
    static let conditionalEndings = ["ei", "esti", "ebbe", "emmo", "este", "ebbero"]
    static let participleEndings = ["o", "a", "i", "e"]

    /// Calls `body` with every finite form, alternatives included, `prefix` glued in front
    /// (`sos` + `tengo`).
    func forEachFiniteForm(prefixedWith prefix: String = "", _ body: (String) -> Void) {
        for tense in [present, imperfect, remotePast, subjunctivePresent, subjunctiveImperfect] {
            for slot in tense {
                for form in slot { Self.glue(prefix, form, body) }
            }
        }
        for stem in futureStems {
            for ending in Self.futureEndings { body(prefix + stem + ending) }
            for ending in Self.conditionalEndings { body(prefix + stem + ending) }
        }
    }

    /// Calls `body` with every participle form (masculine/feminine, singular/plural).
    func forEachParticiple(prefixedWith prefix: String = "", _ body: (String) -> Void) {
        for stem in participleStems {
            for ending in Self.participleEndings { body(prefix + stem + ending) }
        }
    }

    /// A monosyllable ending in a stressed vowel takes a written accent once prefixed:
    /// `fa` becomes `rifà` (the unaccented `soddisfa` is also standard, so both are kept).
    private static func glue(_ prefix: String, _ form: String, _ body: (String) -> Void) {
        body(prefix + form)
        if !prefix.isEmpty, form == "fa" { body(prefix + "fà") }
    }
}
