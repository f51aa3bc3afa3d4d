/// The first date written out in a text: "12 marzo 2024", "Friday, December 19, 2025",
/// "3 de marzo de 2024", "30 Sep 2022, 11:07am", "12.12.2025", "13/11/2025 09:21:40".
///
/// The text is read as a run of number and word tokens, and the first place where a day, a
/// month and a year stand next to each other is the date; numbers and month names further on
/// (a second, "Updated" date; a time) are not mixed into it. Month names are English, Italian,
/// French, Spanish and German, full or abbreviated to at least three letters; a word counts only
/// when it is a month name or the start of exactly one month's names ("martedì" is no month).
struct WrittenDate: Equatable {
    /// The date as `YYYY-MM-DD`.
    var iso: String
    /// The text before the date ("Pubblicato il ", "Updated: "), for telling what the date is.
    var lead: Substring

    /// The first date in `text`, or `nil` when no day, month and year stand together.
    init?(in text: Substring) {
        let tokens = Self.tokens(of: text)
        for start in tokens.indices {
            if let iso = Self.date(at: start, in: tokens) {
                self.iso = iso
                lead = text[..<tokens[start].range.lowerBound]
                return
            }
        }
        return nil
    }

    /// `YYYY-MM-DD`, or `nil` for a day that no calendar has.
    static func iso(year: Int, month: Int, day: Int) -> String? {
        guard (1...12).contains(month), (1...31).contains(day), (1000...9999).contains(year) else { return nil }
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    private struct Token {
        var range: Range<Substring.Index>
        var word: String
        var number: Int?
        var digits: Int
        /// The characters between the previous token and this one.
        var gap: String
    }

    private static func tokens(of text: Substring) -> [Token] {
        var tokens: [Token] = []
        var gap = ""
        var index = text.startIndex
        while index < text.endIndex, tokens.count < 64 {
            let character = text[index]
            let isDigit = character.isASCII && character.isNumber
            guard isDigit || character.isLetter else {
                gap.append(character)
                index = text.index(after: index)
                continue
            }
            var end = index
            while end < text.endIndex, isDigit ? (text[end].isASCII && text[end].isNumber) : text[end].isLetter {
                end = text.index(after: end)
            }
            let word = text[index..<end]
            tokens.append(Token(range: index..<end, word: isDigit ? "" : word.lowercased(),
                                number: isDigit && word.count <= 4 ? Int(word) : nil, digits: isDigit ? word.count : 0, gap: gap))
            gap = ""
            index = end
        }
        return tokens
    }

    /// The date that starts at token `start`: day-month-year, month-day-year, or all numbers.
    private static func date(at start: Int, in tokens: [Token]) -> String? {
        var cursor = start
        func next() -> Token? {
            while cursor < tokens.count, fillers.contains(tokens[cursor].word) { cursor += 1 }
            defer { cursor += 1 }
            return cursor < tokens.count ? tokens[cursor] : nil
        }
        func year(_ token: Token?) -> Int? {
            guard let token, token.digits == 4, let value = token.number, years.contains(value) else { return nil }
            return value
        }
        guard let first = next() else { return nil }
        if let month = month(first.word) {
            guard let day = next()?.number, let year = year(next()) else { return nil }
            return iso(year: year, month: month, day: day)
        }
        guard let a = first.number, let second = next() else { return nil }
        if let month = month(second.word) {
            guard let year = year(next()) else { return nil }
            return iso(year: year, month: month, day: a)
        }
        // Numbers only, joined by one of / . - and nothing else: D/M/Y (M/D/Y when it cannot be), Y-M-D.
        guard let b = second.number, numericGaps.contains(second.gap), cursor < tokens.count,
              tokens[cursor].gap == second.gap, let c = tokens[cursor].number
        else { return nil }
        if year(first) != nil { return iso(year: a, month: b, day: c) }
        guard year(tokens[cursor]) != nil else { return nil }
        return a > 12 || b <= 12 ? iso(year: c, month: b, day: a) : iso(year: c, month: a, day: b)
    }

    /// Years a page's own date can have.
    private static let years = 1900...2100

    private static let numericGaps: Set<String> = ["/", ".", "-"]

    /// Words that may stand inside a date: ordinal endings and "of" in several languages.
    private static let fillers: Set<String> = ["st", "nd", "rd", "th", "of", "de", "di", "del", "der", "º", "ª"]

    /// The month a word names, if it names exactly one.
    private static func month(_ word: String) -> Int? {
        guard word.count >= 3 else { return nil }
        if let exact = monthsByName[word] { return exact }
        var found: Int?
        for (name, number) in monthsByName where name.hasPrefix(word) {
            if let found, found != number { return nil }
            found = number
        }
        return found
    }

    private static let monthsByName: [String: Int] = {
        let names: [[String]] = [
            ["january", "gennaio", "janvier", "enero", "januar"],
            ["february", "febbraio", "février", "febrero", "februar"],
            ["march", "marzo", "mars", "märz"],
            ["april", "aprile", "avril", "abril"],
            ["may", "maggio", "mai", "mayo"],
            ["june", "giugno", "juin", "junio", "juni"],
            ["july", "luglio", "juillet", "julio", "juli"],
            ["august", "agosto", "août"],
            ["september", "settembre", "septembre", "septiembre", "sept"],
            ["october", "ottobre", "octobre", "octubre", "oktober"],
            ["november", "novembre", "noviembre"],
            ["december", "dicembre", "décembre", "diciembre", "dezember"],
        ]
        var table: [String: Int] = [:]
        for (index, spellings) in names.enumerated() {
            for name in spellings { table[name] = index + 1 }
        }
        return table
    }()
}
