extension ItalianVerbLexicon {
    /// The form `word` is looked up as: lowercased, acute accents folded to grave, every
    /// apostrophe spelled `'`, and leading or trailing punctuation removed (a trailing
    /// apostrophe is kept: it may stand for an accent, `e'`).
    static func lookupKey(_ word: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in word.lowercased().unicodeScalars {
            scalars.append(foldedScalars[scalar] ?? scalar)
        }
        let key = Substring(String(scalars))
            .drop { !$0.isLetter }
            .reversed().drop { !$0.isLetter && $0 != "'" }.reversed()
        return String(key)
    }

    private static let foldedScalars: [Unicode.Scalar: Unicode.Scalar] = [
        "á": "à", "é": "è", "í": "ì", "ó": "ò", "ú": "ù",
        "\u{0301}": "\u{0300}",  // combining acute, in decomposed text
        "\u{2019}": "'", "\u{2018}": "'", "\u{02BC}": "'", "`": "'", "\u{00B4}": "'",
    ]
}
