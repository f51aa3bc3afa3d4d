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

    func edits(in text: [Unicode.Scalar], words: [WordSpan]) -> [Edit] {
        let spans = words
        // Each capitalised word: how often it occurs, where first, whether ever in mid-sentence.
        var seen: [String: (count: Int, first: Int, midSentence: Bool)] = [:]
        for span in spans where span.range.count >= 5 && span.startsUppercase {
            guard text[span.range.dropFirst()].allSatisfy({ $0.isLowercaseLetter }) else { continue }
            let word = span.string(in: text)
            let midSentence = !text.startsSentence(at: span.range.lowerBound)
            // Updated in place: one hash of the word, not two.
            Self.count(&seen[word, default: (0, span.range.lowerBound, false)], midSentence: midSentence)
        }
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
        return spans.compactMap { span in
            guard let canonical = replacement[span.string(in: text)] else { return nil }
            return Edit(span.range, canonical)
        }
    }

    private static func count(_ facts: inout (count: Int, first: Int, midSentence: Bool), midSentence: Bool) {
        facts.count += 1
        facts.midSentence = facts.midSentence || midSentence
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
