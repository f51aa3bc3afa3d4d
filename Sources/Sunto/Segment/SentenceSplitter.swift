/// Splits Italian news text into sentences, with Unicode-scalar offsets and paragraph numbers.
///
/// The text is read once, scalar by scalar, with no regular expressions. A sentence ends:
/// - after `.` `!` `?` `…` (or `...`), with any closing quotes and brackets that follow them
///   (`» ” " ’ ) ]`), when white space and then an upper-case letter come next, possibly behind
///   opening quotes or brackets; never before a digit or a lower-case letter;
/// - at a blank line, which also starts a new paragraph;
/// - at a line break after a line without final punctuation (a headline), when the next line
///   starts with a capital, unless the line ends in a comma, a dash or an article, preposition or
///   conjunction (a hard-wrapped line whose sentence goes on);
/// - before a list item (`- `, `• `, `1. `) at the start of a line.
///
/// A period does not end a sentence after a known abbreviation ("dott.", "l'avv.", "art."), a
/// single capital initial ("G. Rossi"), a dotted acronym ("U.S.A.", "S.p.A."), a number that
/// opens a list item, or an ellipsis inside brackets ("[...]"). "ecc." and "etc." end a sentence
/// when a capital follows.
public struct SentenceSplitter: Sendable {
    /// The abbreviations in use, in the form ``ItalianAbbreviations/normalized(_:)`` gives.
    let abbreviations: Set<String>

    /// Creates a splitter with the built-in Italian abbreviations and any extra ones.
    ///
    /// - Parameter extraAbbreviations: more abbreviations, one word each, with or without the
    ///   final period, matched ignoring case (e.g. `"rif."`, `"Cons"`).
    public init(extraAbbreviations: [String] = []) {
        if extraAbbreviations.isEmpty {
            abbreviations = ItalianAbbreviations.builtIn
        } else {
            abbreviations = ItalianAbbreviations.builtIn.union(extraAbbreviations.map(ItalianAbbreviations.normalized))
        }
    }

    /// Splits `text` into sentences.
    ///
    /// - Parameter text: the normalized article text.
    /// - Returns: the sentences in order, ids `0..<count`; each sentence's text is exactly
    ///   `Array(text.unicodeScalars)[start..<end]`, never empty and never starting or ending
    ///   with white space.
    /// - Complexity: O(n) in the number of scalars.
    public func split(_ text: String) -> [Sentence] {
        var scanner = SentenceScanner(text: text, abbreviations: abbreviations)
        return scanner.run()
    }
}
