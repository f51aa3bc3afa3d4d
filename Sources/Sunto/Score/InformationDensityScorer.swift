/// Information density: how many facts a sentence states for its length — numbers, dates and
/// named entities.
///
/// - A number is a run of number tokens ("1.200", "3,5" and its "%" count once).
/// - A date word is a month, a weekday, or a relative day ("ieri", "oggi", "domani").
/// - A named entity is a run of capitalised words that does not open the sentence, a quotation
///   or a clause after a dash or a colon.
///
/// Quoted speech is handled deliberately: what someone said is not counted as stated fact, so the
/// facts inside a quotation do not raise the sentence's density (``QuotedSpeechScorer`` weighs the
/// quotation itself). The value is the count over the square root of the word count, scaled so
/// the densest sentence scores 1.
public struct InformationDensityScorer: SentenceScorer {
    public let name = "density"

    /// Creates the scorer.
    public init() {}

    public func scores(for article: ArticleFeatures) -> [Double] {
        article.tokens.indices.map { index in
            guard article.isBody(index) else { return 0 }
            return density(Self.facts(in: article.tokens[index]), words: article.wordCounts[index])
        }.scaledToUnitMax()
    }

    /// The number of numbers, date words and named entities outside quoted speech.
    static func facts(in tokens: [ScoringToken]) -> Int {
        let calendarWords = ItalianCalendarWords.keys
        var count = 0
        var previous: ScoringToken.Kind?
        var inEntity = false
        var opensClause = true
        for token in tokens {
            defer { previous = token.kind }
            if token.isQuoted {
                inEntity = false
                continue
            }
            switch token.kind {
            case .number:
                if previous != .number { count += 1 }
                inEntity = false
            case .word:
                if calendarWords.contains(token.key) {
                    count += 1
                    inEntity = false
                } else if token.isCapitalized && !opensClause {
                    if !inEntity { count += 1 }
                    inEntity = true
                } else {
                    inEntity = false
                }
                opensClause = false
            case .mark:
                inEntity = false
                opensClause = token.mark != .other && token.mark != .closingQuote
            }
        }
        return count
    }
}
