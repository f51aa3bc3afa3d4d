/// Finds multiword expressions and idioms (`a margine del` → `on the sidelines of the`,
/// `si prevede che` → `it is expected that`), longest match first, before words are analysed.
enum PhraseMatcher {
    static let longest = 6

    /// The first word of every phrase (`c'` for `c'è`), so most words are passed over with one
    /// set lookup.
    static let firstWords: Set<String> = Set(BuiltinLexicon.phrases.keys.map { key in
        guard let end = key.firstIndex(where: { $0 == " " || $0 == "'" }) else { return key }
        return key[end] == "'" ? String(key[...end]) : String(key[..<end])
    })

    /// The length and English of the longest phrase starting at `start`, or `nil`.
    static func match(_ tokens: [SourceToken], at start: Int) -> (length: Int, english: String)? {
        guard tokens[start].kind == .word,
              firstWords.contains(tokens[start].text.lowercased().straightApostrophes) else { return nil }
        var keys: [String] = []
        var index = start
        while index < tokens.count, index - start < longest, tokens[index].kind == .word {
            let word = tokens[index].text.lowercased().straightApostrophes
            keys.append(keys.isEmpty ? word : (keys[keys.count - 1].hasSuffix("'") ? keys[keys.count - 1] + word : keys[keys.count - 1] + " " + word))
            index += 1
        }
        for length in stride(from: keys.count, through: 2, by: -1) {
            if let english = BuiltinLexicon.phrase(keys[length - 1]) { return (length, english) }
        }
        return nil
    }
}
