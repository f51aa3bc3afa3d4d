/// Writes every double quotation in one style and every apostrophe in one form.
///
/// Pairs of “ ”, « », „ “ and straight " are recognised; a straight quote opens when it follows a
/// space, a line start or an opening bracket, and closes otherwise.
struct QuoteStyleRule: NormalizationRule {
    let name = "quote-style"
    let recordsRepairs = false
    var quotes: QuoteStyle
    var apostrophes: ApostropheStyle

    func edits(in text: [Unicode.Scalar]) -> [Edit] {
        var edits: [Edit] = []
        let marks = quotes.marks
        var index = 0
        while true {
            // Of ASCII, only the straight quote and apostrophe are ever touched; beyond it, no
            // mark below « (U+00AB).
            index = text.nextIndex(from: index) { $0 == "\"" || $0 == "'" || $0.value >= 0xAB }
            guard index < text.count else { break }
            defer { index += 1 }
            let scalar = text[index]
            if let marks {
                let replacement: Unicode.Scalar?
                switch scalar {
                case "«", "\u{201C}", "\u{201E}": replacement = marks.open
                case "»", "\u{201D}": replacement = marks.close
                case "\"": replacement = opens(at: index, in: text) ? marks.open : marks.close
                default: replacement = nil
                }
                if let replacement, replacement != scalar {
                    edits.append(Edit(index..<index + 1, scalars: [replacement]))
                    continue
                }
            }
            if scalar.isApostrophe, index > 0, text[index - 1].isWordScalar {
                switch (apostrophes, scalar) {
                case (.straight, "\u{2019}"): edits.append(Edit(index..<index + 1, "'"))
                case (.typographic, "'"): edits.append(Edit(index..<index + 1, "\u{2019}"))
                default: break
                }
            }
        }
        return edits
    }

    /// Swapping one quotation mark for another, or one apostrophe for the other after a letter,
    /// gives nothing to the rules that run before this one: they never act on a quotation mark,
    /// the whitespace rule treats every mark alike after a run of spaces (one space), the accent
    /// rule takes both apostrophes alike and counts only those after a non-letter. Nor to this
    /// rule again: a mark it writes is in the style wanted, and never the space or bracket that
    /// decides whether the next straight quote opens.
    func mayCreateWork(for rule: String, by edits: [Edit], in text: [Unicode.Scalar]) -> Bool {
        !Self.unaffected.contains(rule)
    }

    private static let unaffected: Set<String> = [
        "invisible-characters", "html-entities", "hyphenated-line-break", "whitespace", "accent-apostrophe", "quote-style",
    ]

    private func opens(at index: Int, in text: [Unicode.Scalar]) -> Bool {
        guard index > 0 else { return true }
        let previous = text[index - 1]
        return previous.isSpace || previous == "\n" || previous == "(" || previous == "[" || previous == "\u{2014}"
    }
}
