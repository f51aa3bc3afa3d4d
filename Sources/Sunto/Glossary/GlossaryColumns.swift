/// The columns of a tabular glossary (TSV or CSV) and how a row becomes an entry.
///
/// The header names the columns; `it` and `en` are required, the others optional and in any
/// order: `variants` (`|`-separated), `en_plural`, `pos`, `case` (exact, insensitive), `domain`,
/// `note`.
struct GlossaryColumns {
    static let known = ["it", "en", "variants", "en_plural", "pos", "case", "domain", "note"]
    static let partsOfSpeech = ["", "noun", "propn", "adj", "verb", "phrase", "adv"]

    let names: [String]
    private let index: [String: Int]

    /// Reads a header row.
    init(header: [String], file: String, line: Int) throws(SuntoError) {
        names = header.map { $0.trimmingWhitespace().lowercased() }
        var index: [String: Int] = [:]
        for (position, name) in names.enumerated() {
            guard Self.known.contains(name) else {
                throw .glossary(file: file, line: line, message: "unknown column '\(name)'; columns are \(Self.known.joined(separator: ", "))")
            }
            guard index[name] == nil else { throw .glossary(file: file, line: line, message: "column '\(name)' appears twice") }
            index[name] = position
        }
        guard index["it"] != nil, index["en"] != nil else {
            throw .glossary(file: file, line: line, message: "the header must name the columns 'it' and 'en' (e.g. it<TAB>en<TAB>note)")
        }
        self.index = index
    }

    /// Turns a data row into an entry.
    func entry(_ fields: [String], glossary: String, file: String, line: Int) throws(SuntoError) -> GlossaryEntry {
        guard fields.count == names.count else {
            throw .glossary(file: file, line: line, message: "\(fields.count) fields, the header has \(names.count)")
        }
        func field(_ name: String) -> String {
            index[name].map { fields[$0].trimmingWhitespace() } ?? ""
        }
        let it = field("it")
        let en = field("en")
        guard !it.isEmpty else { throw .glossary(file: file, line: line, message: "empty Italian term") }
        guard !en.isEmpty else { throw .glossary(file: file, line: line, message: "empty English term for '\(it)'") }
        let casePolicy: GlossaryEntry.CasePolicy
        switch field("case").lowercased() {
        case "": casePolicy = Self.looksLikeName(it) ? .exact : .insensitive
        case "exact": casePolicy = .exact
        case "insensitive": casePolicy = .insensitive
        case let other: throw .glossary(file: file, line: line, message: "case '\(other)' is not exact or insensitive")
        }
        let pos = field("pos").lowercased()
        guard Self.partsOfSpeech.contains(pos) else {
            throw .glossary(file: file, line: line, message: "pos '\(pos)' is not one of \(Self.partsOfSpeech.dropFirst().joined(separator: ", "))")
        }
        let variants = field("variants").split(separator: "|").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        let plural = field("en_plural")
        return GlossaryEntry(
            it: it, en: en, variants: variants, enPlural: plural.isEmpty ? nil : plural, partOfSpeech: pos,
            casePolicy: casePolicy, domain: field("domain"), note: field("note"), glossary: glossary, line: line
        )
    }

    /// Without a case column, acronyms and capitalised terms are matched exactly.
    static func looksLikeName(_ term: String) -> Bool {
        term.first?.isUppercase == true
    }
}
