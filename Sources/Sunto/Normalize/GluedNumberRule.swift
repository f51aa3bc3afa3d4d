/// Separates a number glued to the word after it, as left by lost spaces ("15sì" → "15 sì").
///
/// Digits followed by letters are legitimate when the letters are a unit, a suffix or part of a
/// code ("15enne", "10mila", "4K", "5G", "3D", "100km", "2x", "1°", "COVID-19", "F-16", "G7"),
/// so only a lowercase word that is none of these and at least two letters long is split off.
struct GluedNumberRule: WordRule {
    let name = "glued-number"

    /// Suffixes written directly after digits in Italian: units, ordinals, "-enne", "-mila".
    private static let suffixes: Set<String> = [
        "enne", "enni", "esimo", "esima", "esimi", "esime", "mila", "milioni", "ennale", "ennio", "ennali",
        "km", "kmq", "kg", "mg", "g", "gr", "t", "m", "mq", "mc", "cm", "mm", "ml", "l", "lt", "cl", "dl",
        "h", "min", "s", "sec", "ms", "kw", "kwh", "mw", "mwh", "gw", "gwh", "tw", "twh", "w", "wh", "v", "a", "mah",
        "hz", "khz", "mhz", "ghz", "gb", "mb", "kb", "tb", "gbps", "mbps", "x", "px", "dpi", "ppm", "ppb",
        "mld", "mln", "bn", "k", "p", "i", "d", "th", "st", "nd", "rd", "am", "pm", "mo", "ma", "ª", "º", "bis", "ter",
    ]

    func edits(in text: [Unicode.Scalar], words: [WordSpan]) -> [Edit] {
        var edits: [Edit] = []
        for span in words {
            let scalars = text[span.range]
            guard let firstLetter = scalars.firstIndex(where: { !$0.isDigit }), firstLetter > span.range.lowerBound,
                scalars[firstLetter...].allSatisfy({ $0.isLowercaseLetter || $0.properties.generalCategory == .nonspacingMark })
            else { continue }
            if span.range.lowerBound > 0, text[span.range.lowerBound - 1].isLetter || text[span.range.lowerBound - 1] == "-" {
                continue
            }
            let letters = String(String.UnicodeScalarView(scalars[firstLetter...]))
            guard letters.unicodeScalars.count >= 2, !Self.suffixes.contains(letters) else { continue }
            let digits = Array(scalars[..<firstLetter])
            let context = Edit.Context(before: digits, after: Array(scalars[firstLetter...]))
            edits.append(Edit(firstLetter..<firstLetter, " ", context: context))
        }
        return edits
    }
}
