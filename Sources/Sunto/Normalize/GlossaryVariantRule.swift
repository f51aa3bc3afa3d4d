/// Writes every variant spelling a glossary lists with the glossary's own spelling
/// ("Zelenskyj" → "Zelensky" when the glossary says so), whole words only, as written.
struct GlossaryVariantRule: WordRule {
    let name = "glossary-variants"
    /// First word of each variant → the variants starting with it (as words) and their term.
    private let variants: [String: [(words: [String], term: String)]]
    /// The scalar hashes of those first words: a text word is turned into a string (to look it
    /// up) only when its hash is one of them, which spares a string for nearly every word.
    private let firstWordHashes: Set<UInt64>
    /// The shapes of those first words: most words are ruled out by these, before any hash.
    private let firstWordShapes: WordShapes

    init(variants map: [String: String]) {
        var variants: [String: [(words: [String], term: String)]] = [:]
        variants.reserveCapacity(map.count)
        for (variant, term) in map {
            // Split on the bytes: the words are separated by plain spaces, and splitting by
            // `Character` was most of building the rule, at every start.
            let words = variant.utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
            guard let first = words.first else { continue }
            variants[first, default: []].append((words, term))
        }
        // Longest first; `mapValues` keeps the table's layout (sorting in place, key by key,
        // copied every list).
        self.variants = variants.mapValues { $0.count > 1 ? $0.sorted { $0.words.count > $1.words.count } : $0 }
        firstWordHashes = Set(variants.keys.map { WordSpan.hash(of: $0.unicodeScalars) })
        firstWordShapes = WordShapes(variants.keys)
    }

    func edits(in text: [Unicode.Scalar], words: [WordSpan]) -> [Edit] {
        guard !variants.isEmpty else { return [] }
        let spans = words
        var edits: [Edit] = []
        var position = 0
        while position < spans.count {
            defer { position += 1 }
            let span = spans[position]
            guard firstWordShapes.contains(first: text[span.range.lowerBound], length: span.range.count),
                firstWordHashes.contains(WordSpan.hash(of: text[span.range])),
                let candidates = variants[span.string(in: text)]
            else { continue }
            for candidate in candidates where matches(candidate.words, at: position, spans: spans, text: text) {
                let last = spans[position + candidate.words.count - 1]
                edits.append(Edit(spans[position].range.lowerBound..<last.range.upperBound, candidate.term))
                position += candidate.words.count - 1
                break
            }
        }
        return edits
    }

    private func matches(_ words: [String], at position: Int, spans: [WordSpan], text: [Unicode.Scalar]) -> Bool {
        guard position + words.count <= spans.count else { return false }
        for (offset, word) in words.enumerated() {
            let span = spans[position + offset]
            guard span.string(in: text) == word else { return false }
            if offset > 0, text[spans[position + offset - 1].range.upperBound..<span.range.lowerBound].elementsEqual([" "]) == false {
                return false
            }
        }
        let end = spans[position + words.count - 1].range.upperBound
        return end == text.count || !text[end].isApostrophe || words.count > 1
    }
}
