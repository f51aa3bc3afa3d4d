/// Finds quoted speech in a sentence: words between « » or “ ” (or straight double quotes).
///
/// Short quoted spans are names and titles («Northern Shield»), not speech: a span counts only
/// when it holds at least ``minimumWords`` words.
enum QuotedSpeech {
    /// The fewest words a quoted span needs to count as speech.
    static let minimumWords = 4

    /// For each token, whether it lies inside quoted speech.
    static func mask(_ tokens: [ScoringToken]) -> [Bool] {
        var mask = [Bool](repeating: false, count: tokens.count)
        var openedAt: Int?
        for (index, token) in tokens.enumerated() where token.kind == .mark {
            switch token.mark {
            case .openingQuote:
                openedAt = index
            case .closingQuote:
                close(from: openedAt, to: index, in: tokens, mask: &mask)
                openedAt = nil
            case .straightQuote:
                if let start = openedAt {
                    close(from: start, to: index, in: tokens, mask: &mask)
                    openedAt = nil
                } else {
                    openedAt = index
                }
            case .clauseOpener, .other:
                break
            }
        }
        // A quotation still open at the end runs to the end of the sentence.
        close(from: openedAt, to: tokens.count, in: tokens, mask: &mask)
        return mask
    }

    private static func close(from start: Int?, to end: Int, in tokens: [ScoringToken], mask: inout [Bool]) {
        guard let start, start < end else { return }
        let span = (start + 1)..<end
        guard tokens[span].reduce(0, { $0 + ($1.kind == .word ? 1 : 0) }) >= minimumWords else { return }
        for index in span { mask[index] = true }
    }
}
