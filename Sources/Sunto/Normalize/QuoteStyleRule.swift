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
        for index in text.indices {
            let scalar = text[index]
            // Of ASCII, only the straight quote and apostrophe are ever touched.
            if scalar.value < 0x80, scalar != "\"", scalar != "'" { continue }
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

    private func opens(at index: Int, in text: [Unicode.Scalar]) -> Bool {
        guard index > 0 else { return true }
        let previous = text[index - 1]
        return previous.isSpace || previous == "\n" || previous == "(" || previous == "[" || previous == "\u{2014}"
    }
}
