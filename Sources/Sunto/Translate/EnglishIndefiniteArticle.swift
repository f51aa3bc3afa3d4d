/// `a` or `an` by the sound the next English word begins with.
enum EnglishIndefiniteArticle {
    /// Whether `word` begins with a vowel sound: `an hour`, `an economy`, but `a union`,
    /// `a European`, `a one-off`. A short acronym is read letter by letter: `an EU agency`,
    /// `an MEP`, but `a UN body`.
    static func startsWithVowelSound(_ word: some StringProtocol) -> Bool {
        let letters = word.prefix { $0.isLetter }
        if (2...3).contains(letters.count), letters.allSatisfy(\.isUppercase), let first = letters.first {
            return "AEFHILMNORSX".contains(first)
        }
        let lower = word.lowercased()
        guard let first = lower.first, "aeiou".contains(first) else {
            return lower.hasPrefix("hour") || lower.hasPrefix("honest") || lower.hasPrefix("honor") || lower.hasPrefix("honour")
        }
        return !(lower.hasPrefix("uni") || lower.hasPrefix("use") || lower.hasPrefix("usu") || lower.hasPrefix("eu") || lower.hasPrefix("one") || lower.hasPrefix("ur"))
    }

    /// The article for `word`, capitalised when `capital`.
    static func article(before word: some StringProtocol, capital: Bool) -> String {
        let article = startsWithVowelSound(word) ? "an" : "a"
        return capital ? article.firstUppercased : article
    }
}
