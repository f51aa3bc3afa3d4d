import Foundation

/// A loaded glossary: its entries and where they came from.
public struct Glossary: Sendable, Equatable {
    /// The file name, used in hits and messages.
    public var name: String
    /// The path it was read from.
    public var path: String
    /// Higher priority wins when two glossaries define the same Italian term.
    public var priority: Int
    /// The entries, in file order.
    public var entries: [GlossaryEntry]

    /// Creates a glossary.
    public init(name: String, path: String, priority: Int = 0, entries: [GlossaryEntry]) {
        self.name = name
        self.path = path
        self.priority = priority
        self.entries = entries
    }
}

/// The glossaries in force for a pipeline, merged by priority.
public struct GlossarySet: Sendable, Equatable {
    /// The glossaries, lowest priority first.
    public let glossaries: [Glossary]
    /// Every entry in force: one per Italian term (compared without case), the highest-priority
    /// definition winning; entries of higher-priority glossaries come first, so that where two
    /// different terms match the same words, the user's own glossary wins.
    public let entries: [GlossaryEntry]
    /// Italian variant spellings and the term they unify to in the text.
    ///
    /// Only spelling variants count ("Zelenskyj" → "Zelensky", "NATO" → "Nato"): the same number
    /// of words, each the same but for capitalisation, accents, hyphens or transliteration.
    /// Synonyms ("Nazioni Unite" for "Onu") are matched for the English brief but never replace
    /// words in the Italian text.
    public let variantMap: [String: String]
    /// The Italian terms matched only as written (names, acronyms): spellings the normalizer
    /// prefers when an article spells a name several ways.
    public let exactTerms: Set<String>

    /// Creates a set; on the same Italian term the glossary with the higher priority wins, and
    /// among equal priorities the one given later. The entries in force and the variant map are
    /// worked out here, once.
    ///
    /// The built-in glossaries alone are read from ``GlossarySnapshot``, worked out in advance.
    public init(_ glossaries: [Glossary] = []) {
        let ordered = Self.ordered(glossaries)
        if ordered.count == BuiltInGlossaries.files.count, ordered.allSatisfy({ $0.priority == 0 }),
            let snapshot = BuiltInGlossaries.snapshot, ordered == snapshot.glossaries
        {
            self.init(ordered: snapshot.glossaries, entries: snapshot.entries, variantMap: snapshot.variantMap,
                      exactTerms: BuiltInGlossaries.exactTerms)
        } else {
            self.init(computing: ordered)
        }
    }

    /// Creates a set working everything out (what ``GlossarySnapshot`` records).
    init(computing glossaries: [Glossary]) {
        let ordered = Self.ordered(glossaries)
        let entries = Self.entries(in: ordered)
        self.init(ordered: ordered, entries: entries, variantMap: Self.variantMap(of: entries), exactTerms: Self.exactTerms(of: entries))
    }

    private init(ordered: [Glossary], entries: [GlossaryEntry], variantMap: [String: String], exactTerms: Set<String>) {
        glossaries = ordered
        self.entries = entries
        self.variantMap = variantMap
        self.exactTerms = exactTerms
    }

    static func exactTerms(of entries: [GlossaryEntry]) -> Set<String> {
        // By index, reading two fields of each entry rather than copying it whole: the built-in
        // glossaries' 2,600 entries are gone through at every start.
        var terms = Set<String>(minimumCapacity: entries.count)
        for index in entries.indices where entries[index].casePolicy == .exact {
            terms.insert(entries[index].it)
        }
        return terms
    }

    private static func ordered(_ glossaries: [Glossary]) -> [Glossary] {
        glossaries.enumerated().sorted {
            $0.element.priority != $1.element.priority ? $0.element.priority < $1.element.priority : $0.offset < $1.offset
        }.map(\.element)
    }

    /// Whether the set has no entries.
    public var isEmpty: Bool { glossaries.allSatisfy(\.entries.isEmpty) }

    private static func entries(in glossaries: [Glossary]) -> [GlossaryEntry] {
        var chosen: [String: GlossaryEntry] = [:]
        var rank: [String: Int] = [:]
        for (position, glossary) in glossaries.enumerated() {
            for entry in glossary.entries {
                let key = entry.it.lowercased()
                chosen[key] = entry
                rank[key] = position
            }
        }
        var ordered: [(rank: Int, line: Int, entry: GlossaryEntry)] = []
        for (key, entry) in chosen { ordered.append((rank[key] ?? 0, entry.line, entry)) }
        // A rank is one glossary, so within a rank the file line orders the entries.
        return ordered.sorted { ($1.rank, $0.line, $0.entry.it) < ($0.rank, $1.line, $1.entry.it) }
            .map(\.entry)
    }

    private static func variantMap(of entries: [GlossaryEntry]) -> [String: String] {
        var map: [String: String] = [:]
        for entry in entries where !entry.variants.isEmpty {
            for variant in entry.variants where variant != entry.it && Self.isSpellingVariant(variant, of: entry.it) {
                map[variant] = entry.it
            }
        }
        return map
    }

    static func isSpellingVariant(_ variant: String, of term: String) -> Bool {
        let a = variant.split(whereSeparator: { $0 == " " || $0 == "-" })
        let b = term.split(whereSeparator: { $0 == " " || $0 == "-" })
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { left, right in
            let l = String(left).folding()
            let r = String(right).folding()
            return l == r || NameVariantRule.key(l) == NameVariantRule.key(r)
        }
    }
}

extension String {
    /// Lowercased, without accents: the comparison form for spelling variants.
    fileprivate func folding() -> String {
        if utf8.allSatisfy({ $0 < 0x80 }) { return lowercased() }
        let decomposed = lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        return String(String.UnicodeScalarView(decomposed.filter { $0.properties.generalCategory != .nonspacingMark }))
    }
}
