/// An Italian word or symbol after analysis: its token, its readings, and the reading chosen
/// in context. Contractions become two units (`della` → `di` + `la`).
struct SourceUnit: Sendable {
    var token: SourceToken
    /// The lowercase spelling the lexicon is searched with.
    var key: String
    var analyses: [ItalianAnalysis]
    /// The reading chosen by ``ItalianTagger``.
    var chosen: ItalianAnalysis?
    /// A fixed English rendering (a phrase or idiom matched over several units).
    var fixed: String?

    init(token: SourceToken, key: String, analyses: [ItalianAnalysis]) {
        self.token = token
        self.key = key
        self.analyses = analyses
    }

    var pos: String? { chosen?.pos }
    var lemma: String? { chosen?.lemma }
    var isWord: Bool { token.kind == .word }
    var isCapitalized: Bool { token.text.startsUppercase }
    func can(_ pos: String) -> Bool { analyses.contains { $0.pos == pos } }
    func canBe(where test: (ItalianAnalysis) -> Bool) -> Bool { analyses.contains(where: test) }
}
