/// Conjugates a regular Italian verb from its infinitive, applying the spelling rules that
/// keep the stem's sound: `cercare` gives `cerchi`, `cominciare` gives `comincerà`,
/// `studiare` gives `studi`.
struct ItalianRegularConjugation: Sendable {
    let stem: String
    let conjugationClass: ItalianConjugationClass

    init(stem: String, conjugationClass: ItalianConjugationClass) {
        self.stem = stem
        self.conjugationClass = conjugationClass
    }

    /// Returns nil when `infinitive` does not end in -are, -ere or -ire.
    init?(infinitive: String, insertsIsc: Bool = false) {
        guard infinitive.count > 3 else { return nil }
        let ending = infinitive.suffix(3)
        switch ending {
        case "are": conjugationClass = .are
        case "ere": conjugationClass = .ere
        case "ire": conjugationClass = insertsIsc ? .ireIsc : .ire
        default: return nil
        }
        stem = String(infinitive.dropLast(3))
    }

    /// The full regular paradigm.
    var paradigm: ItalianParadigm {
        ItalianParadigm(
            present: conjugate(presentEndings),
            imperfect: conjugate(Self.imperfectEndings.map { [thematicVowel + $0] }),
            remotePast: conjugate(remotePastEndings),
            futureStems: [join(stem, conjugationClass == .are ? "er" : thematicVowel + "r")],
            subjunctivePresent: conjugate(subjunctivePresentEndings),
            subjunctiveImperfect: conjugate(
                Self.subjunctiveImperfectEndings.map { [thematicVowel + $0] }),
            participleStems: [join(stem, participleSuffix)]
        )
    }

    /// Calls `body` with every finite form, `prefix` glued in front. Same forms as
    /// `paradigm`, without building it: most lemmas are regular, and this runs at first use.
    func forEachFiniteForm(prefixedWith prefix: String = "", _ body: (String) -> Void) {
        for ending in Self.finiteEndings(of: conjugationClass) {
            body(prefix + join(stem, ending))
        }
    }

    /// Calls `body` with every participle form (masculine/feminine, singular/plural).
    func forEachParticiple(prefixedWith prefix: String = "", _ body: (String) -> Void) {
        let participleStem = prefix + join(stem, participleSuffix)
        for ending in ItalianParadigm.participleEndings { body(participleStem + ending) }
    }

    /// The distinct finite endings of a class, i.e. the forms of an empty stem
    /// (future `erò` included). `join` with a real stem gives the same form as the paradigm.
    private static func finiteEndings(of conjugationClass: ItalianConjugationClass) -> [String] {
        switch conjugationClass {
        case .are: areEndings
        case .ere: ereEndings
        case .ire: ireEndings
        case .ireIsc: ireIscEndings
        }
    }

    private static let areEndings = emptyStemForms(.are)
    private static let ereEndings = emptyStemForms(.ere)
    private static let ireEndings = emptyStemForms(.ire)
    private static let ireIscEndings = emptyStemForms(.ireIsc)

    private static func emptyStemForms(_ conjugationClass: ItalianConjugationClass) -> [String] {
        var seen = Set<String>()
        var endings: [String] = []
        ItalianRegularConjugation(stem: "", conjugationClass: conjugationClass).paradigm
            .forEachFiniteForm { if seen.insert($0).inserted { endings.append($0) } }
        return endings
    }

    private var thematicVowel: String {
        switch conjugationClass {
        case .are: "a"
        case .ere: "e"
        case .ire, .ireIsc: "i"
        }
    }

    private var participleSuffix: String {
        switch conjugationClass {
        case .are: "at"
        case .ere: "ut"
        case .ire, .ireIsc: "it"
        }
    }

    private static let imperfectEndings = ["vo", "vi", "va", "vamo", "vate", "vano"]
    private static let subjunctiveImperfectEndings = ["ssi", "ssi", "sse", "ssimo", "ste", "ssero"]

    private var presentEndings: [[String]] {
        switch conjugationClass {
        case .are: [["o"], ["i"], ["a"], ["iamo"], ["ate"], ["ano"]]
        case .ere: [["o"], ["i"], ["e"], ["iamo"], ["ete"], ["ono"]]
        case .ire: [["o"], ["i"], ["e"], ["iamo"], ["ite"], ["ono"]]
        case .ireIsc: [["isco"], ["isci"], ["isce"], ["iamo"], ["ite"], ["iscono"]]
        }
    }

    private var remotePastEndings: [[String]] {
        switch conjugationClass {
        case .are: [["ai"], ["asti"], ["ò"], ["ammo"], ["aste"], ["arono"]]
        case .ere:
            [["ei", "etti"], ["esti"], ["è", "ette"], ["emmo"], ["este"], ["erono", "ettero"]]
        case .ire, .ireIsc: [["ii"], ["isti"], ["ì"], ["immo"], ["iste"], ["irono"]]
        }
    }

    private var subjunctivePresentEndings: [[String]] {
        switch conjugationClass {
        case .are: [["i"], ["i"], ["i"], ["iamo"], ["iate"], ["ino"]]
        case .ere, .ire: [["a"], ["a"], ["a"], ["iamo"], ["iate"], ["ano"]]
        case .ireIsc: [["isca"], ["isca"], ["isca"], ["iamo"], ["iate"], ["iscano"]]
        }
    }

    private func conjugate(_ endings: [[String]]) -> [[String]] {
        endings.map { slot in slot.map { join(stem, $0) } }
    }

    /// Glues an ending to the stem with Italian spelling rules:
    /// - -care/-gare keep the hard sound before e/i: `cerc` + `i` → `cerchi`;
    /// - -ciare/-giare drop the i that only softened the consonant:
    ///   `cominci` + `erà` → `comincerà`;
    /// - a stem ending in i absorbs an ending starting with i: `studi` + `iamo` → `studiamo`.
    func join(_ stem: String, _ ending: String) -> String {
        let (e, i) = (UInt8(ascii: "e"), UInt8(ascii: "i"))
        guard let first = ending.utf8.first, first == e || first == i else { return stem + ending }
        let last = stem.utf8.last
        if conjugationClass == .are, last == UInt8(ascii: "c") || last == UInt8(ascii: "g") {
            return stem + "h" + ending
        }
        guard last == i else { return stem + ending }
        if first == i { return String(stem.dropLast()) + ending }
        if conjugationClass == .are, stem.hasSuffix("ci") || stem.hasSuffix("gi") {
            return String(stem.dropLast()) + ending
        }
        return stem + ending
    }
}
