/// Chooses the brief's sentences: the best-scoring ones that fit the budget, skipping any that
/// repeats a sentence already chosen, returned in source order.
public struct SentenceSelector: Sendable {
    /// The budget.
    public var budget: Budget
    /// Two sentences whose term sets overlap more than this (Jaccard) count as near-duplicates.
    public var redundancy: Double

    /// Creates a selector.
    public init(budget: Budget = .sentences(3), redundancy: Double = 0.5) {
        self.budget = budget
        self.redundancy = redundancy
    }

    /// The ids of the chosen sentences, in source order.
    ///
    /// - Parameters:
    ///   - scores: one score per sentence.
    ///   - article: the article's features (terms and word counts).
    ///   - excluded: sentence ids that must not be chosen (e.g. the headline).
    public func select(scores: [SentenceScore], article: ArticleFeatures, excluded: Set<Int> = []) -> [Int] {
        let ranked = scores.filter { !excluded.contains($0.sentence) }.sorted {
            $0.total != $1.total ? $0.total > $1.total : $0.sentence < $1.sentence
        }
        var chosen: [Int] = []
        var chosenTerms: [Set<String>] = []
        var words = 0
        for score in ranked {
            let id = score.sentence
            if case .sentences(let limit) = budget, chosen.count >= limit { break }
            if case .words(let limit) = budget, words + article.wordCounts[id] > limit { continue }
            let terms = Set(article.terms[id])
            if chosenTerms.contains(where: { Self.jaccard($0, terms) > redundancy }) { continue }
            chosen.append(id)
            chosenTerms.append(terms)
            words += article.wordCounts[id]
        }
        // A word budget smaller than every sentence still gets the best sentence: a brief is
        // never empty while the article has sentences.
        if chosen.isEmpty, let best = ranked.first { chosen = [best.sentence] }
        return chosen.sorted()
    }

    static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        return Double(a.intersection(b).count) / Double(a.union(b).count)
    }
}
