/// Finds quoted speech in a sentence: words between « » or “ ” (or straight double quotes).
///
/// Short quoted spans are names and titles («Northern Shield»), not speech: a span counts only
/// when it holds at least ``minimumWords`` words.
enum QuotedSpeech {
    /// The fewest words a quoted span needs to count as speech.
    static let minimumWords = 4

    /// Sets ``ScoringToken/isQuoted`` on the tokens that lie inside quoted speech.
    static func mark(_ tokens: inout [ScoringToken]) {
        var openedAt: Int?
        // By index, not `enumerated()`: iterating the array itself would hold a second reference to
        // it, and the first quotation marked would copy it.
        for index in tokens.indices where tokens[index].kind == .mark {
            switch tokens[index].mark {
            case .openingQuote:
                openedAt = index
            case .closingQuote:
                close(from: openedAt, to: index, in: &tokens)
                openedAt = nil
            case .straightQuote:
                if let start = openedAt {
                    close(from: start, to: index, in: &tokens)
                    openedAt = nil
                } else {
                    openedAt = index
                }
            case .clauseOpener, .other:
                break
            }
        }
        // A quotation still open at the end runs to the end of the sentence.
        close(from: openedAt, to: tokens.count, in: &tokens)
    }

    private static func close(from start: Int?, to end: Int, in tokens: inout [ScoringToken]) {
        guard let start, start < end else { return }
        let span = (start + 1)..<end
        var words = 0
        for index in span where tokens[index].kind == .word { words += 1 }
        guard words >= minimumWords else { return }
        for index in span { tokens[index].isQuoted = true }
    }
}
