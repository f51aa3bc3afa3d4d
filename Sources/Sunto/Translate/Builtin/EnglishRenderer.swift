/// Writes English words as a sentence: spacing around punctuation and quotes, `a`/`an`, and
/// a capital at the start when the Italian had one.
enum EnglishRenderer {
    private static let closing: Set<String> = [",", ".", ";", ":", "!", "?", ")", "]", "»", "”", "%", "…", "’"]
    private static let opening: Set<String> = ["(", "[", "«", "“", "‘"]

    static func render(_ words: [EnglishWord], capitalizeFirst: Bool) -> String {
        var text = ""
        // Room for the whole sentence at once, so it is not copied as it grows.
        text.reserveCapacity(words.reduce(0) { $0 + $1.text.utf8.count + 1 })
        var noSpaceNext = true
        var straightQuoteOpen = false
        for (position, word) in words.enumerated() {
            var piece = word.text
            if word.kind == .word, piece == "a", let next = words[(position + 1)...].first(where: { $0.kind != .punctuation }),
               EnglishIndefiniteArticle.startsWithVowelSound(next.text) {
                piece = "an"
            }
            var spaceBefore = !noSpaceNext
            noSpaceNext = false
            if word.kind == .punctuation {
                if piece == "\"" {
                    if straightQuoteOpen { spaceBefore = false } else { noSpaceNext = true }
                    straightQuoteOpen.toggle()
                } else if closing.contains(piece) || piece == "-" && !word.spaceBefore || piece == "/" {
                    spaceBefore = false
                    noSpaceNext = piece == "/"
                } else if opening.contains(piece) {
                    noSpaceNext = true
                } else if piece == "'" {
                    spaceBefore = word.spaceBefore
                }
            }
            if spaceBefore { text += " " }
            text += piece
        }
        // The first word is capitalised, not a word after a number that opens the sentence
        // (`2025 was`, not `2025 Was`).
        if capitalizeFirst, let first = text.firstIndex(where: { $0.isLetter || $0.isNumber }), text[first].isLetter {
            text.replaceSubrange(first...first, with: text[first].uppercased())
        }
        return text
    }
}
