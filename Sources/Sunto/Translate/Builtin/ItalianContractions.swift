/// Articulated prepositions and elided function words, spelled out for analysis:
/// `della` → `di` + `la`, `nell'` → `in` + `l'`, `sugli` → `su` + `gli`.
enum ItalianContractions {
    private static let prepositions = ["de": "di", "a": "a", "da": "da", "ne": "in", "su": "su", "co": "con"]
    private static let articles = ["l": "il", "llo": "lo", "lla": "la", "i": "i", "gli": "gli", "lle": "le", "ll'": "l'"]

    /// All contracted forms, lowercase, each with its preposition and article.
    static let table: [String: (preposition: String, article: String)] = {
        var table: [String: (String, String)] = [:]
        for (head, preposition) in prepositions {
            for (tail, article) in articles where !(head == "co" && !["l", "i"].contains(tail)) {
                table[head + tail] = (preposition, article)
            }
        }
        return table
    }()

    /// Splits a lowercase word, or returns `nil` when it is not a contraction.
    static func split(_ word: String) -> (preposition: String, article: String)? {
        table[word]
    }
}
