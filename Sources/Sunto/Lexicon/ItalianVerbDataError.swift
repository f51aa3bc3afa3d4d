/// A mistake in the built-in verb data (`ItalianVerbLemmas.swift`, `ItalianIrregularVerbs.swift`).
///
/// The data ships with the code, so this is a programmer error: the lexicon tests build the
/// tables and report it before any caller can meet it.
enum ItalianVerbDataError: Error, CustomStringConvertible, Equatable {
    case unknownEnding(lemma: String)
    case unknownBase(compound: String, base: String)
    case malformedIrregularEntry(entry: String, reason: String)

    var description: String {
        switch self {
        case .unknownEnding(let lemma):
            "ItalianVerbLemmas.swift: '\(lemma)' does not end in -are, -ere or -ire; "
                + "write the infinitive, or add the verb to ItalianIrregularVerbs.swift"
        case .unknownBase(let compound, let base):
            "ItalianVerbLemmas.swift: compound '\(compound)' names base '\(base)', which is "
                + "neither a regular infinitive nor an entry of ItalianIrregularVerbs.swift"
        case .malformedIrregularEntry(let entry, let reason):
            "ItalianIrregularVerbs.swift: entry '\(entry)' \(reason); "
                + "see the field list in that file's doc comment"
        }
    }
}
