/// One normalization or repair rule: looks at the text and proposes edits.
///
/// Rules are applied in order by ``Normalizer``; each sees the text as left by the previous one.
/// Rules that repair damage record every edit as a ``Repair``; purely typographic rules
/// (whitespace, quote style) do not, as they would flood the record.
protocol NormalizationRule: Sendable {
    /// The rule's name, used in repair records and in the pipeline's `rules` option.
    var name: String { get }
    /// Whether the rule's edits are recorded as repairs.
    var recordsRepairs: Bool { get }
    /// The edits the rule makes to `text`; ranges must not overlap.
    func edits(in text: [Unicode.Scalar]) -> [Edit]
    /// The rule as a ``WordRule``, if it is one (a dynamic cast would search the binary's
    /// conformance records at its first use, at every start).
    var asWordRule: (any WordRule)? { get }
    /// Whether `edits`, which this rule proposed against `text`, may give the rule named `rule`
    /// something to do on a text where it found nothing. The normalizer re-runs a rule whose
    /// text has changed only when this says so; a rule answers `false` only for rules it has
    /// been shown not to feed (`RuleIndependenceTests` checks every such answer).
    func mayCreateWork(for rule: String, by edits: [Edit], in text: [Unicode.Scalar]) -> Bool
}

extension NormalizationRule {
    var recordsRepairs: Bool { true }
    var asWordRule: (any WordRule)? { nil }
    func mayCreateWork(for rule: String, by edits: [Edit], in text: [Unicode.Scalar]) -> Bool { true }
}

/// A rule that works word by word. The normalizer finds the words of a text once and hands them
/// to every word rule until the text changes, instead of each rule scanning for them again.
protocol WordRule: NormalizationRule {
    /// The edits the rule makes to `text`, whose words are `words` (``WordSpan/all(in:)``).
    func edits(in text: [Unicode.Scalar], words: [WordSpan]) -> [Edit]
}

extension WordRule {
    var asWordRule: (any WordRule)? { self }

    func edits(in text: [Unicode.Scalar]) -> [Edit] {
        edits(in: text, words: WordSpan.all(in: text))
    }
}

// The character classes below answer ASCII from the code point and look up Unicode properties
// only beyond it: every rule asks them of every character, and a property lookup costs a table
// search.
extension Unicode.Scalar {
    var isLetter: Bool {
        value < 0x80 ? (value | 0x20) &- 0x61 < 26 : isLatin1Letter || (value &- 0xC0 >= 0x40 && properties.isAlphabetic)
    }
    /// The letters of Latin-1 beyond ASCII, accented Italian letters among them: À–ÿ except × and ÷
    /// (ª, µ and º, the other three, are left to the property lookup).
    private var isLatin1Letter: Bool { value &- 0xC0 < 0x40 && value != 0xD7 && value != 0xF7 }
    var isDigit: Bool { value &- 0x30 < 10 }
    var isUppercaseLetter: Bool {
        value < 0x80 ? value &- 0x41 < 26 : value &- 0xC0 < 0x40 ? value < 0xDF && value != 0xD7 : properties.isUppercase
    }
    var isLowercaseLetter: Bool {
        value < 0x80 ? value &- 0x61 < 26 : value &- 0xC0 < 0x40 ? value >= 0xDF && value != 0xF7 : properties.isLowercase
    }
    var isSpace: Bool { self == " " || self == "\t" }
    var isApostrophe: Bool { self == "'" || self == "\u{2019}" }
    var isSentenceEnd: Bool { self == "." || self == "!" || self == "?" || self == "\u{2026}" }
    var isWordScalar: Bool {
        value < 0x80
            ? (value | 0x20) &- 0x61 < 26 || isDigit
            : isLatin1Letter || (value &- 0xC0 >= 0x40 && (properties.isAlphabetic || properties.generalCategory == .nonspacingMark))
    }
}

/// A maximal run of letters and digits in the text, with the shape of its capitals (found in
/// the same pass: the word rules ask it of nearly every word, several times per text).
struct WordSpan: Sendable, Equatable {
    var range: Range<Int>
    /// Whether the word starts with an uppercase letter.
    var startsUppercase = false
    /// An uppercase letter followed by a lowercase one ("Roma", not "USA"), or a single capital.
    var isCapitalized = false
    /// Whether an uppercase letter comes after the first scalar ("verticeKirby", "USA").
    var hasInnerCapital = false

    /// Every run of letters and digits in `text`, in order.
    static func all(in text: [Unicode.Scalar]) -> [WordSpan] {
        var spans: [WordSpan] = []
        // Italian words average about six letters and a space: few texts need more room.
        spans.reserveCapacity(text.count / 6 + 16)
        // Read through a buffer: this runs over every text several times, and the array's
        // bounds checks cost as much as the test on each scalar.
        text.withUnsafeBufferPointer { text in
            _ = appendWords(in: text, from: 0, startingBy: text.count, to: &spans)
        }
        return spans
    }

    /// Appends to `spans` the words of `text` that start at `start` or later but not after
    /// `last`, each read whole; returns where reading stopped (the end of the last word read,
    /// or past `last`).
    @inline(__always)
    static func appendWords(in text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, startingBy last: Int, to spans: inout [WordSpan]) -> Int {
        var index = start
        while index <= last, index < text.count {
            guard text[index].isWordScalar else {
                index += 1
                continue
            }
            let span = word(in: text, at: index)
            spans.append(span)
            index = span.range.upperBound
        }
        return index
    }

    /// The word that starts at `start`, a word scalar.
    @inline(__always)
    static func word(in text: UnsafeBufferPointer<Unicode.Scalar>, at start: Int) -> WordSpan {
        var index = start + 1
        var inner = false
        while index < text.count {
            // ASCII lowercase letters and digits, most of a word, take two comparisons.
            let value = text[index].value
            if value &- 0x61 < 26 || value &- 0x30 < 10 {
                index += 1
            } else if text[index].isWordScalar {
                inner = inner || text[index].isUppercaseLetter
                index += 1
            } else {
                break
            }
        }
        var span = WordSpan(range: start..<index)
        span.startsUppercase = text[start].isUppercaseLetter
        span.isCapitalized = span.startsUppercase && (index - start < 2 || text[start + 1].isLowercaseLetter)
        span.hasInnerCapital = inner
        return span
    }

    /// A 64-bit FNV-1a hash of scalars, to look words up without making strings of them.
    static func hash(of scalars: some Sequence<Unicode.Scalar>) -> UInt64 {
        var hash = fnvOffset
        for scalar in scalars { hash = fnvStep(hash, scalar) }
        return hash
    }

    /// FNV-1a's starting value, for hashing a word scalar by scalar with ``fnvStep(_:_:)``.
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325

    /// One step of FNV-1a: the hash of the scalars so far and `scalar`.
    @inline(__always)
    static func fnvStep(_ hash: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        (hash ^ UInt64(scalar.value)) &* 0x100_0000_01b3
    }

    func string(in text: [Unicode.Scalar]) -> String {
        String(scalars: text[range])
    }

    func isLowercase(in text: [Unicode.Scalar]) -> Bool {
        text[range].allSatisfy { $0.isLowercaseLetter || $0.properties.generalCategory == .nonspacingMark }
    }
}

extension Array where Element == Unicode.Scalar {
    /// Whether the word starting at `index` begins a sentence: only spaces, opening quotes or
    /// brackets stand between it and the start of a paragraph or a sentence-ending mark.
    func startsSentence(at index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0 {
            let scalar = self[cursor]
            if scalar.isSpace || "«“\"‘(['".unicodeScalars.contains(scalar) || scalar == "-" || scalar == "\u{2013}" || scalar == "\u{2014}" {
                cursor -= 1
                continue
            }
            if scalar == "»" || scalar == "\u{201D}" || scalar == ")" {
                return cursor > 0 && self[cursor - 1].isSentenceEnd
            }
            return scalar == "\n" || scalar.isSentenceEnd || scalar == ":"
        }
        return true
    }
}
