import Foundation

/// Normalizes an article's text and repairs the damage of machine translation and scraping,
/// recording every repair.
///
/// The rules run in a fixed order: Unicode composition (NFC), invisible characters, HTML
/// entities, hyphenated line breaks, whitespace, accents typed as apostrophes, quote style, and
/// then the artifact repairs (glued numbers, glued words, doubled words, lost sentence breaks,
/// capitalised weekdays and months, name variants), in rounds until nothing changes, so
/// normalizing twice gives the same text.
public struct Normalizer: Sendable {
    /// The artifact repairs, by name; each can be switched off in the pipeline file.
    public static let repairRuleNames = [
        "html-entities", "hyphenated-line-break", "accent-apostrophe", "glued-number", "glued-words",
        "doubled-word", "lost-sentence-break", "calendar-case", "glossary-variants", "name-variants",
    ]

    /// The result of normalization.
    public struct Result: Sendable, Equatable {
        /// The normalized text.
        public var text: String
        /// The repairs, offsets into `text`, in text order.
        public var repairs: [Repair]
    }

    private let rules: [any NormalizationRule]
    /// For each rule, the first rule of its name: rules of one name are one rule run at two
    /// places (invisible characters again after HTML entities are decoded, white space again at
    /// the end), so one that found nothing speaks for the other on the same text.
    private let identities: [Int]
    /// Each rule as a word rule, where it is one.
    private let wordRules: [(any WordRule)?]

    /// Creates a normalizer.
    ///
    /// - Parameters:
    ///   - quotes: how double quotation marks are written.
    ///   - apostrophes: how apostrophes are written.
    ///   - repairs: the names of the repair rules to run (see ``repairRuleNames``).
    ///   - preferredNames: spellings that win when an article spells a name several ways.
    ///   - glossaryVariants: variant spellings a glossary lists, and the spelling it prescribes.
    public init(
        quotes: QuoteStyle = .guillemets,
        apostrophes: ApostropheStyle = .straight,
        repairs: Set<String> = Set(Normalizer.repairRuleNames),
        preferredNames: Set<String> = [],
        glossaryVariants: [String: String] = [:]
    ) {
        let all: [any NormalizationRule] = [
            InvisibleCharacterRule(),
            HTMLEntityRule(),
            InvisibleCharacterRule(),
            HyphenatedLineBreakRule(),
            WhitespaceRule(),
            AccentApostropheRule(),
            QuoteStyleRule(quotes: quotes, apostrophes: apostrophes),
            GluedNumberRule(),
            GluedWordRule(),
            DoubledWordRule(),
            LostSentenceBreakRule(),
            CapitalizedCalendarWordRule(),
            GlossaryVariantRule(variants: glossaryVariants),
            NameVariantRule(preferred: preferredNames.union(glossaryVariants.values)),
            WhitespaceRule(),
        ]
        rules = all.filter { !$0.recordsRepairs || repairs.contains($0.name) }
        wordRules = rules.map(\.asWordRule)
        let rules = rules
        identities = rules.indices.map { index in rules.firstIndex { $0.name == rules[index].name } ?? index }
    }

    /// The most rounds of the rules one text gets (see ``normalize(_:)``).
    static let maxRounds = 4

    /// Whether `text` is certainly in NFC already: no scalar that composition could change
    /// (below U+0300 none can, nor typographic quotes, dashes, ellipsis and the euro sign), so
    /// the Foundation call that composes it can be skipped for nearly every article.
    static func isComposed(_ text: String) -> Bool {
        isComposed(Array(scalarsOf: text))
    }

    /// ``isComposed(_:)`` of a text given as its scalars.
    static func isComposed(_ scalars: [Unicode.Scalar]) -> Bool {
        scalars.allSatisfy { scalar in
            let value = scalar.value
            return value < 0x300 || (0x2010...0x2027).contains(value) || (0x2030...0x203A).contains(value) || value == 0x20AC
        }
    }

    /// Normalizes `text`.
    ///
    /// A rule can make work for one that ran before it: an accent restored from an apostrophe
    /// ("perche'" → "perché") lets a hyphenated line break after it be joined, a repaired
    /// sentence break changes which capitals are sentence-initial. So the rules run in rounds
    /// until a round changes nothing (at most ``maxRounds``), which makes normalizing the result
    /// again a no-op; real text settles after one round, plus the round that checks it.
    public func normalize(_ text: String) -> Result {
        let scalars = Array(scalarsOf: text)
        let composed = Self.isComposed(scalars)
        var buffer = composed ? TextBuffer(scalars: scalars) : TextBuffer(text.precomposedStringWithCanonicalMapping)
        // A rule is a function of the text: one that proposed nothing, on a text nobody has
        // changed since (or changed only in ways that cannot feed it), would propose nothing
        // again, so the checking round skips it.
        var version = 0
        var idleAt = [Int?](repeating: nil, count: rules.count)  // by identity
        // The words of the text as it is at `version`, found once for all the word rules, and
        // then moved along with each change (``WordSpan/updated(_:after:in:)``).
        var words: (version: Int, spans: [WordSpan])?
        for _ in 0..<Self.maxRounds {
            let roundStart = version
            for (index, rule) in rules.enumerated() where idleAt[identities[index]] != version {
                let edits: [Edit]
                if let rule = wordRules[index] {
                    if words?.version != version { words = (version, WordSpan.all(in: buffer.scalars)) }
                    edits = rule.edits(in: buffer.scalars, words: words?.spans ?? [])
                } else {
                    edits = rule.edits(in: buffer.scalars)
                }
                let before = buffer.scalars
                if buffer.apply(edits, rule: rule.recordsRepairs ? rule.name : nil) {
                    if let known = words, known.version == version {
                        words = (version + 1, WordSpan.updated(known.spans, after: buffer.lastChanges, in: buffer.scalars))
                    }
                    // A rule that found nothing before this change still finds nothing after
                    // it when the change cannot feed it, and the checking round skips it.
                    for other in idleAt.indices where idleAt[other] == version {
                        if !rule.mayCreateWork(for: rules[other].name, by: edits, in: before) { idleAt[other] = version + 1 }
                    }
                    version += 1
                    // A rule whose edits cannot feed itself has nothing left to do either.
                    idleAt[identities[index]] = rule.mayCreateWork(for: rule.name, by: edits, in: before) ? nil : version
                } else {
                    idleAt[identities[index]] = version
                }
            }
            if version == roundStart { break }
        }
        // A composed text no rule changed is the text given: no need to encode it again.
        return Result(text: composed && version == 0 ? text : buffer.text, repairs: buffer.repairs)
    }
}
