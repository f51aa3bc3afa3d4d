/// Unifies spellings of one name within an article ("Zelensky" and "Zelenskyj" → the more
/// frequent), as happens when a text mixes English and Italian transliterations.
///
/// Names are compared by a transliteration key that folds the letters transliteration systems
/// disagree on (y/j/i, k/c/ch/kh, w/v, sh/sch, ts/tz/z, ph/f, x/cs, a doubled i). Only capitalised
/// words of five letters or more that occur at least once in mid-sentence count as names;
/// acronyms are left alone. A preferred spelling (from a glossary) wins over frequency.
struct NameVariantRule: WordRule {
    let name = "name-variants"
    /// Spellings to prefer when they occur among the variants.
    var preferred: Set<String> = []

    /// What the rule knows of a name: how often it occurs, where first, whether ever in
    /// mid-sentence.
    typealias Facts = (count: Int, first: Int, midSentence: Bool)

    func edits(in text: [Unicode.Scalar], words: [WordSpan]) -> [Edit] {
        let spans = words
        let seen = Self.names(in: text, spans: spans)
        var groups: [String: [String]] = [:]
        for (word, facts) in seen where facts.midSentence {
            groups[Self.key(word), default: []].append(word)
        }
        var replacement: [String: String] = [:]
        for spellings in groups.values where spellings.count > 1 {
            let canonical = spellings.max { a, b in
                let pa = preferred.contains(a)
                let pb = preferred.contains(b)
                if pa != pb { return pb }
                let (countA, countB) = (seen[a]?.count ?? 0, seen[b]?.count ?? 0)
                if countA != countB { return countA < countB }
                return seen[a]?.first ?? 0 > seen[b]?.first ?? 0
            }
            guard let canonical else { continue }
            for spelling in spellings where spelling != canonical { replacement[spelling] = canonical }
        }
        guard !replacement.isEmpty else { return [] }
        // Every spelling replaced is a name: other words are not looked up.
        return spans.compactMap { span in
            guard Self.isName(span, in: text), let canonical = replacement[span.string(in: text)] else { return nil }
            return Edit(span.range, canonical)
        }
    }

    /// The capitalised words of five letters or more, lowercase after the capital, and their
    /// facts.
    private static func names(in text: [Unicode.Scalar], spans: [WordSpan]) -> [String: Facts] {
        if let names = namesByHash(in: text, spans: spans) { return names }
        var seen: [String: Facts] = [:]
        for span in spans where isName(span, in: text) {
            // Updated in place: one hash of the word, not two.
            count(&seen[span.string(in: text), default: (0, span.range.lowerBound, false)], midSentence: !text.startsSentence(at: span.range.lowerBound))
        }
        return seen
    }

    /// ``names(in:spans:)`` counted by the scalars' hash, with a string made for each different
    /// name only (a text repeats its names, and making and hashing a string per occurrence was
    /// most of the rule's cost). Nil when a name has a scalar beyond Latin-1, where two different
    /// spellings can be one string (canonically equivalent), or when two names share a hash.
    private static func namesByHash(in text: [Unicode.Scalar], spans: [WordSpan]) -> [String: Facts]? {
        var byHash: [UInt64: (facts: Facts, range: Range<Int>)] = [:]
        for span in spans where isName(span, in: text) {
            let word = text[span.range]
            guard word.allSatisfy({ $0.value < 0x100 }) else { return nil }
            let midSentence = !text.startsSentence(at: span.range.lowerBound)
            let entry = (facts: (0, span.range.lowerBound, false), range: span.range)
            guard count(&byHash[WordSpan.hash(of: word), default: entry], word, in: text, midSentence: midSentence) else { return nil }
        }
        var names: [String: Facts] = [:]
        names.reserveCapacity(byHash.count)
        for (facts, range) in byHash.values { names[String(scalars: text[range])] = facts }
        return names
    }

    private static func isName(_ span: WordSpan, in text: [Unicode.Scalar]) -> Bool {
        span.range.count >= 5 && span.startsUppercase && text[span.range.dropFirst()].allSatisfy { $0.isLowercaseLetter }
    }

    private static func count(_ facts: inout Facts, midSentence: Bool) {
        facts.count += 1
        facts.midSentence = facts.midSentence || midSentence
    }

    /// Counts `word` in the entry of its hash; false when the entry is another word's.
    private static func count(
        _ entry: inout (facts: Facts, range: Range<Int>), _ word: ArraySlice<Unicode.Scalar>, in text: [Unicode.Scalar], midSentence: Bool
    ) -> Bool {
        guard text[entry.range].elementsEqual(word) else { return false }
        count(&entry.facts, midSentence: midSentence)
        return true
    }

    /// The transliteration key of a name.
    static func key(_ word: String) -> String {
        keys.value(for: word, compute: makeKey)
    }

    /// The keys of names seen before: the same names recur from article to article.
    private static let keys = BoundedCache<String, String>(capacity: 20_000)

    private static func makeKey(_ word: String) -> String {
        // The same rewrites, in the same order, as String.replacing would make, but on UTF-8
        // bytes: the patterns are ASCII, so they never match inside a multi-byte character, and
        // this runs for every variant of every glossary entry at start-up.
        var key = Array(word.lowercased().utf8)
        for (from, to) in Self.transliterations {
            key = Self.replacing(from, with: to, in: key)
        }
        var collapsed = Self.replacing(Self.doubleI, with: Self.singleI, in: key)
        while collapsed != key {
            key = collapsed
            collapsed = Self.replacing(Self.doubleI, with: Self.singleI, in: key)
        }
        return String(decoding: key, as: UTF8.self)
    }

    private static let transliterations: [([UInt8], [UInt8])] = [
        ("sch", "sc"), ("sh", "sc"), ("kh", "c"), ("ch", "c"), ("ck", "c"), ("k", "c"), ("ph", "f"),
        ("tz", "z"), ("ts", "z"), ("x", "cs"), ("w", "v"), ("y", "i"), ("j", "i"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }
    private static let doubleI = Array("ii".utf8)
    private static let singleI = Array("i".utf8)

    /// `bytes` with every non-overlapping occurrence of `pattern`, left to right, replaced.
    private static func replacing(_ pattern: [UInt8], with replacement: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= pattern.count, bytes.contains(pattern[0]) else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 4)
        var index = 0
        while index < bytes.count {
            if index + pattern.count <= bytes.count, bytes[index..<index + pattern.count].elementsEqual(pattern) {
                result.append(contentsOf: replacement)
                index += pattern.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }
}
