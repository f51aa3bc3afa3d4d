/// Finds multiword expressions and idioms (`a margine del` → `on the sidelines of the`,
/// `si prevede che` → `it is expected that`), longest match first, before words are analysed.
enum PhraseMatcher {
    static let longest = 6

    /// The length and English of the longest phrase starting at `start`, or `nil`.
    static func match(_ tokens: [SourceToken], at start: Int) -> (length: Int, english: String)? {
        guard tokens[start].kind == .word else { return nil }
        var keys: [String] = []
        var index = start
        while index < tokens.count, index - start < longest, tokens[index].kind == .word {
            let word = tokens[index].text.lowercased().replacing("’", with: "'")
            keys.append(keys.isEmpty ? word : (keys[keys.count - 1].hasSuffix("'") ? keys[keys.count - 1] + word : keys[keys.count - 1] + " " + word))
            index += 1
        }
        for length in stride(from: keys.count, through: 2, by: -1) {
            if let english = BuiltinLexicon.phrase(keys[length - 1]) { return (length, english) }
        }
        return nil
    }
}
