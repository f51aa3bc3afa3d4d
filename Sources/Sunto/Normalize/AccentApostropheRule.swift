/// Restores accents typed as apostrophes, as on keyboards without Italian keys:
/// "E' stato" → "È stato", "perche'" → "perché", "piu'" → "più", "citta'" → "città".
///
/// Only a word-final vowel followed by an apostrophe and then a space or punctuation counts;
/// words whose apostrophe is a real truncation ("po'", "mo'", "be'", "di'", "fa'", "va'", "sta'",
/// "da'", "de'") are left alone, as is a closing single quote that has an opening one.
struct AccentApostropheRule: WordRule {
    let name = "accent-apostrophe"

    /// Truncations and imperatives written with an apostrophe in correct Italian.
    private static let truncations: Set<String> = ["po", "mo", "be", "di", "fa", "va", "sta", "da", "de", "to"]

    func edits(in text: [Unicode.Scalar], words: [WordSpan]) -> [Edit] {
        var edits: [Edit] = []
        for span in words {
            let end = span.range.upperBound
            guard end < text.count, text[end].isApostrophe else { continue }
            if end + 1 < text.count, text[end + 1].isWordScalar { continue }
            let word = span.string(in: text)
            let lower = word.lowercased()
            guard !Self.truncations.contains(lower), let last = text[end - 1].accented(afterStem: lower) else { continue }
            if hasOpeningQuote(before: span.range.lowerBound, in: text) { continue }
            let replacement = Array(text[span.range].dropLast()) + [last]
            edits.append(Edit(span.range.lowerBound..<end + 1, scalars: replacement))
        }
        return edits
    }

    /// A single quote opened earlier on the same line and not yet closed.
    private func hasOpeningQuote(before index: Int, in text: [Unicode.Scalar]) -> Bool {
        var cursor = index - 1
        var quotes = 0
        while cursor >= 0, text[cursor] != "\n" {
            if text[cursor] == "\u{2018}" { return true }
            if text[cursor].isApostrophe, cursor == 0 || !text[cursor - 1].isWordScalar { quotes += 1 }
            cursor -= 1
        }
        return quotes % 2 == 1
    }
}

extension Unicode.Scalar {
    /// The accented form of a word-final vowel: grave, except the closed é of "perché" and kin.
    fileprivate func accented(afterStem word: String) -> Unicode.Scalar? {
        switch self {
        case "a": "à"
        case "e": word.hasSuffix("che") || word == "ne" || word == "se" ? "é" : "è"
        case "i": "ì"
        case "o": "ò"
        case "u": "ù"
        case "A": "À"
        case "E": "È"
        case "I": "Ì"
        case "O": "Ò"
        case "U": "Ù"
        default: nil
        }
    }
}
