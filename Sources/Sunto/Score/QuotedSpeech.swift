/// Finds quoted speech in a sentence: words between « » or “ ” (or straight double quotes).
///
/// Short quoted spans are names and titles («Northern Shield»), not speech: a span counts only
/// when it holds at least ``minimumWords`` words.
enum QuotedSpeech {
    /// The fewest words a quoted span needs to count as speech.
    static let minimumWords = 4

    /// For each token, whether it lies inside quoted speech.
    static func mask(_ tokens: [Token]) -> [Bool] {
        var mask = [Bool](repeating: false, count: tokens.count)
        var openedAt: Int?
        for (index, token) in tokens.enumerated() where token.kind == .punctuation {
            switch token.text {
            case "«", "\u{201C}", "\u{201E}":
                openedAt = index
            case "»", "\u{201D}":
                close(from: openedAt, to: index, in: tokens, mask: &mask)
                openedAt = nil
            case "\"":
                if let start = openedAt {
                    close(from: start, to: index, in: tokens, mask: &mask)
                    openedAt = nil
                } else {
                    openedAt = index
                }
            default:
                break
            }
        }
        // A quotation still open at the end runs to the end of the sentence.
        close(from: openedAt, to: tokens.count, in: tokens, mask: &mask)
        return mask
    }

    private static func close(from start: Int?, to end: Int, in tokens: [Token], mask: inout [Bool]) {
        guard let start, start < end else { return }
        let span = (start + 1)..<end
        guard tokens[span].filter({ $0.kind == .word }).count >= minimumWords else { return }
        for index in span { mask[index] = true }
    }
}
