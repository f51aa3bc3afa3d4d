/// Lowers weekday and month names capitalised in mid-sentence, an English habit that machine
/// translation carries into Italian ("in Italia Giovedì" → "in Italia giovedì").
///
/// Names are left alone when they belong to a proper name or title: next to another capitalised
/// word ("Venerdì Santo"), after a numeral ("Primo Maggio", "XXV Aprile") or in a street name
/// ("via 20 Settembre").
struct CapitalizedCalendarWordRule: WordRule {
    let name = "calendar-case"

    static let calendarWords: Set<String> = [
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
        "ottobre", "novembre", "dicembre",
    ]
    private static let calendarShapes = WordShapes(calendarWords)

    /// Whether the word may be a calendar word, told from its first letter, lowercased, and its
    /// length without making a string (most capitalised words are names). In Latin-1,
    /// lowercasing keeps the length (and no calendar word starts beyond ASCII); a word with a
    /// scalar beyond it could lowercase to another length, and may be one.
    private static func mayBeCalendarWord(_ span: WordSpan, in text: [Unicode.Scalar]) -> Bool {
        let word = text[span.range]
        guard let first = word.first, word.allSatisfy({ $0.value < 0x100 }) else { return true }
        let lowered = first.value &- 0x41 < 26 ? Unicode.Scalar(UInt8(truncatingIfNeeded: first.value | 0x20)) : first
        return calendarShapes.contains(first: lowered, length: word.count)
    }

    private static let streetWords: Set<String> = ["via", "viale", "piazza", "piazzale", "corso", "largo", "vicolo"]

    func edits(in text: [Unicode.Scalar], words: [WordSpan]) -> [Edit] {
        let spans = words
        var edits: [Edit] = []
        for (position, span) in spans.enumerated() where span.isCapitalized && Self.mayBeCalendarWord(span, in: text) {
            let word = span.string(in: text)
            let lower = word.lowercased()
            guard Self.calendarWords.contains(lower), !text.startsSentence(at: span.range.lowerBound) else { continue }
            if position > 0, isNameContext(spans[position - 1], in: text) { continue }
            if position + 1 < spans.count, spans[position + 1].isCapitalized,
                text[span.range.upperBound..<spans[position + 1].range.lowerBound].allSatisfy(\.isSpace)
            {
                continue
            }
            if position > 1, text[spans[position - 1].range].allSatisfy(\.isDigit),
                Self.streetWords.contains(spans[position - 2].string(in: text).lowercased())
            {
                continue
            }
            edits.append(Edit(span.range, lower))
        }
        return edits
    }

    /// Numerals that open holiday and street names ("Primo Maggio", "Venti Settembre", "XXV Aprile").
    private static let numerals: Set<String> = [
        "primo", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici",
        "quindici", "venti", "ventiquattro", "venticinque", "trenta", "trentuno",
    ]

    private func isNameContext(_ previous: WordSpan, in text: [Unicode.Scalar]) -> Bool {
        let word = previous.string(in: text)
        if previous.isCapitalized, Self.numerals.contains(word.lowercased()) { return true }
        return text[previous.range].allSatisfy { "IVXLC".unicodeScalars.contains($0) }
    }
}
