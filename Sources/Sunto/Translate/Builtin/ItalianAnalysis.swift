/// One reading of an Italian word: its lemma, part of speech and morphological tags
/// (Apertium's names: `v.pri.p3.sg`, `n.f.pl`, `det.def.m.sg`).
struct ItalianAnalysis: Sendable, Hashable {
    /// The dictionary form: `impegno`, `prevedere`.
    var lemma: String
    /// The part of speech: `n`, `adj`, `v`, `adv`, `pr`, `prn`, `det`, `cnj`, `num`, `ij`, `rel`.
    var pos: String
    /// The remaining tags: `pri`, `p3`, `sg`, `m`, `def` …
    var tags: [String]

    init(lemma: String, pos: String, tags: [String]) {
        self.lemma = lemma
        self.pos = pos
        self.tags = tags
    }

    /// Parses `pos.tag.tag` (ASCII, read byte by byte: the generic `split` cost more than
    /// the rest of a word's analysis).
    init(lemma: String, tags: Substring.UTF8View.SubSequence) {
        var parts: [String] = []
        var part: [UInt8] = []
        part.reserveCapacity(8)
        for byte in tags {
            if byte == UInt8(ascii: ".") {
                if !part.isEmpty { parts.append(String(decoding: part, as: UTF8.self)) }
                part.removeAll(keepingCapacity: true)
            } else {
                part.append(byte)
            }
        }
        if !part.isEmpty { parts.append(String(decoding: part, as: UTF8.self)) }
        self.init(lemma: lemma, pos: parts.first ?? "", tags: Array(parts.dropFirst()))
    }

    func has(_ tag: String) -> Bool { tags.contains(tag) }

    var isPlural: Bool { has("pl") }
    /// Finite verb: has a tense and a person.
    var isFiniteVerb: Bool { pos == "v" && person != nil }
    var isParticiple: Bool { pos == "v" && has("pp") }
    var isInfinitive: Bool { pos == "v" && has("inf") }
    var isGerund: Bool { pos == "v" && has("ger") }
    /// `p1`, `p2` or `p3`, if any.
    var person: String? { tags.first { $0 == "p1" || $0 == "p2" || $0 == "p3" } }
    /// The tense or mood tag: `pri`, `pii`, `ifi`, `fti`, `cni`, `prs`, `pis`, `imp`.
    var tense: String? { tags.first { ["pri", "pii", "ifi", "fti", "cni", "prs", "pis", "imp"].contains($0) } }
}
