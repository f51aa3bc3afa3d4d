/// Italian words that date a fact: months, weekdays and the days around today.
enum ItalianCalendarWords {
    /// The keys (``ScoringTokenizer/key(of:)``) of the months, weekdays and relative days.
    static let keys = KeyTable(words: words)

    private static let words: [String] = [
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
        "novembre", "dicembre", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "ieri", "oggi", "domani", "stamattina", "stanotte", "stasera",
    ]
}
