/// Finds multiword expressions and idioms (`a margine del` → `on the sidelines of the`,
/// `si prevede che` → `it is expected that`), longest match first, before words are analysed.
enum PhraseMatcher {
    static let longest = 6

    /// Every beginning of a phrase, one word or more (`a`, `a margine`, `c'`), so a word that
    /// starts none is passed over with one set lookup, and a phrase is looked up only while
    /// the words read so far begin one.
    /// Read from the keys' bytes: a walk over their characters cost more than the rest of a
    /// one-article start-up's translation.
    static let beginnings: Set<String> = {
        var beginnings = Set<String>(minimumCapacity: 4096)
        BuiltinLexicon.phrases.forEachKey { key in
            for index in key.indices {
                switch key[index] {
                case UInt8(ascii: " "): beginnings.insert(String(decoding: UnsafeBufferPointer(rebasing: key[..<index]), as: UTF8.self))
                case UInt8(ascii: "'"): beginnings.insert(String(decoding: UnsafeBufferPointer(rebasing: key[...index]), as: UTF8.self))
                default: continue
                }
            }
        }
        return beginnings
    }()

    /// The length and English of the longest phrase starting at `start`, or `nil`.
    ///
    /// - Parameter keys: each token's text lowercased, with straight apostrophes.
    static func match(_ tokens: [SourceToken], keys: [String], at start: Int) -> (length: Int, english: String)? {
        guard tokens[start].kind == .word, beginnings.contains(keys[start]) else { return nil }
        var phrase = keys[start]
        var found: (length: Int, english: String)?
        var index = start + 1
        while index < tokens.count, index - start < longest, tokens[index].kind == .word {
            phrase += (phrase.hasSuffix("'") ? "" : " ") + keys[index]
            index += 1
            if let english = BuiltinLexicon.phrase(phrase) { found = (index - start, english) }
            guard beginnings.contains(phrase) else { break }
        }
        return found
    }
}
