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
        // Most words are longer than any contraction: they are passed over without hashing.
        word.utf8.count <= longest ? table[word] : nil
    }

    /// The length in bytes of the longest contracted form (`dell'`, `dagli`).
    private static let longest = table.keys.map(\.utf8.count).max() ?? 0
}
