/// Italian words that date a fact: months, weekdays and the days around today.
enum ItalianCalendarWords {
    /// Whether the word with this key (``ScoringTokenizer/key(of:)``) names a month, a weekday or
    /// a relative day.
    static func contains(key: UInt64) -> Bool {
        keys.contains(key)
    }

    private static let keys = KeyTable(words: words)

    private static let words: [String] = [
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "ieri", "oggi", "domani", "stamattina", "stanotte", "stasera",
    ]
}
