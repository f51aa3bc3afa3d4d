import Testing

@testable import Sunto

/// A rule that says its edits cannot give another rule work (``NormalizationRule/mayCreateWork(for:by:in:)``
/// answers `false`) lets the normalizer skip that rule in the checking round. Each such answer is
/// checked here on thousands of texts made of the pieces the rules act on: wherever the other
/// rule finds nothing, it must still find nothing once the edits are applied (and a rule that
/// says so of itself must find nothing in its own result).
@Suite struct RuleIndependenceTests {
    /// Pieces of text around which the rules act: quotation marks and apostrophes of every
    /// kind, entities whole and split by a space, hyphens at line ends, runs of spaces, tabs and
    /// line breaks, invisible characters, accents typed as apostrophes.
    private static let pieces = [
        "parola", "Perche'", "perche'", "citta'", "po'", "l'", "l’", "d’Italia", "E'", "\"", "«", "»", "“", "”",
        "„", "'", "’", "‘", " ", "  ", "\t", "\n", "\n\n", " \n ", "-", "naziona-", "le", "&euro", ";", " ;",
        "&amp;", "&#39;", "&", "#", "39", ".", ",", ":", "!", "?", "(", ")", "[", "—", "\u{00A0}", "\u{200B}",
        "\r", "\r\n", "a", "x", "È", "piu'", "Roma", "ha detto", "...", "…", "2", "russo-", "ucraina",
    ]

    /// The rules that run before the quote-style rule, and every rule that claims independence.
    private static let others: [any NormalizationRule] = [
        InvisibleCharacterRule(), HTMLEntityRule(), HyphenatedLineBreakRule(), WhitespaceRule(), AccentApostropheRule(),
        GluedNumberRule(), GluedWordRule(), DoubledWordRule(), LostSentenceBreakRule(), CapitalizedCalendarWordRule(),
    ]

    private static let claimants: [any NormalizationRule] =
        [WhitespaceRule()]
        + QuoteStyle.allCases.flatMap { quotes in
            ApostropheStyle.allCases.map { QuoteStyleRule(quotes: quotes, apostrophes: $0) as any NormalizationRule }
        }

    /// Texts of 2 to 12 pieces, the same every run.
    private static func texts(count: Int) -> [[Unicode.Scalar]] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            Array((0..<2 + next(11)).map { _ in pieces[next(pieces.count)] }.joined().unicodeScalars)
        }
    }

    @Test func aRuleThatFoundNothingFindsNothingAfterEditsThatCannotFeedIt() {
        var checked = 0
        for text in Self.texts(count: 6_000) {
            for claimant in Self.claimants {
                let edits = claimant.edits(in: text)
                guard !edits.isEmpty else { continue }
                var buffer = TextBuffer(scalars: text)
                guard buffer.apply(edits, rule: nil) else { continue }
                for other in Self.others + [claimant] where !claimant.mayCreateWork(for: other.name, by: edits, in: text) {
                    // A rule that claims its own edits cannot feed it must leave nothing to do.
                    guard other.name == claimant.name || other.edits(in: text).isEmpty else { continue }
                    checked += 1
                    let found = other.edits(in: buffer.scalars)
                    #expect(found.isEmpty, "\(claimant.name) fed \(other.name): \(String(String.UnicodeScalarView(text)).debugDescription) → \(buffer.text.debugDescription)")
                }
            }
        }
        // The pieces make the claims testable: many texts where a claim applies.
        #expect(checked > 10_000)
    }

    /// The one way white space feeds an earlier rule: a space removed before a semicolon joins
    /// an HTML entity, which the checking round then decodes.
    @Test func aSpaceRemovedBeforeASemicolonStillLetsTheEntityBeDecoded() {
        let text = Array("Costa 5 &euro ; al mese.".unicodeScalars)
        let edits = WhitespaceRule().edits(in: text)
        #expect(WhitespaceRule().mayCreateWork(for: "html-entities", by: edits, in: text))
        #expect(Normalizer().normalize("Costa 5 &euro ; al mese.").text == "Costa 5 € al mese.")
    }
}
