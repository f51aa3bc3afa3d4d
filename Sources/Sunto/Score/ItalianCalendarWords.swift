/// Italian words that date a fact: months, weekdays and the days around today.
enum ItalianCalendarWords {
    /// Whether the lower-cased word names a month, a weekday or a relative day.
    static func contains(_ word: String) -> Bool {
        words.contains(word)
    }

    private static let words: Set<String> = [
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "ieri", "oggi", "domani", "stamattina", "stanotte", "stasera",
    ]
}
