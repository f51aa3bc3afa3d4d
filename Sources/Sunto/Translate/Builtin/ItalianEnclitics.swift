/// Verb forms with pronouns attached (`farlo`, `dicendogli`, `presentarsi`): the verb is
/// found by removing the pronouns and checking the rest is an infinitive or gerund.
enum ItalianEnclitics {
    /// Longest first, so `glielo` is tried before `lo`.
    private static let suffixes: [String] = {
        let single = ["lo", "la", "li", "le", "ne", "si", "ci", "vi", "mi", "ti", "gli"]
        let double = ["me", "te", "ce", "ve", "se", "glie"].flatMap { head in ["lo", "la", "li", "le", "ne"].map { head + $0 } }
        return (double + single).sorted { $0.count > $1.count }
    }()

    /// The verb's readings and the pronouns removed, or `nil`.
    static func analyse(_ word: String) -> (verb: [ItalianAnalysis], pronoun: String)? {
        for suffix in suffixes where word.hasSuffix(suffix) && word.count > suffix.count + 2 {
            let stem = String(word.dropLast(suffix.count))
            for candidate in [stem + "e", stem, stem + "re"] {
                let readings = BuiltinLexicon.analyses(of: candidate).filter { $0.isInfinitive || $0.isGerund }
                if !readings.isEmpty { return (readings, suffix) }
            }
        }
        return nil
    }
}
