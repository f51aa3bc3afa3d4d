/// Chooses the brief's sentences under a budget, returned in source order.
///
/// Selection is greedy maximal marginal relevance (Carbonell & Goldstein, 1998): at each step the
/// sentence with the best `(1 − diversity) × score − diversity × similarity to the chosen ones`
/// (scores scaled to [0, 1], TF-IDF cosine) is taken. On top of that:
/// - a near-duplicate of a chosen sentence (term-set Jaccard overlap above `redundancy`) is never
///   taken;
/// - a sentence whose opening depends on its predecessor (``DanglingOpening``) is taken only once
///   the predecessor is chosen, unless nothing else fits the budget;
/// - a word budget skips sentences that do not fit, and the brief is never empty.
/// Ties go to the earlier sentence, so the same scores always give the same brief.
public struct SentenceSelector: Sendable {
    /// The budget.
    public var budget: Budget
    /// Two sentences whose term sets overlap more than this (Jaccard) count as near-duplicates.
    public var redundancy: Double
    /// How much similarity to the chosen sentences counts against a candidate, from 0 (score
    /// only) to 1.
    public var diversity: Double
    /// Whether to hold back sentences that open by referring to an unselected predecessor.
    public var avoidsDanglingOpenings: Bool

    /// Creates a selector.
    public init(budget: Budget = .sentences(3), redundancy: Double = 0.5, diversity: Double = 0, avoidsDanglingOpenings: Bool = true) {
        self.budget = budget
        self.redundancy = redundancy
        self.diversity = diversity
        self.avoidsDanglingOpenings = avoidsDanglingOpenings
    }

    /// The ids of the chosen sentences, in source order.
    ///
    /// - Parameters:
    ///   - scores: one score per sentence.
    ///   - article: the article's features (terms, vectors, word counts).
    ///   - excluded: sentence ids that must not be chosen; the headline never is.
    public func select(scores: [SentenceScore], article: ArticleFeatures, excluded: Set<Int> = []) -> [Int] {
        let candidates = scores.map(\.sentence).filter { !excluded.contains($0) && article.isBody($0) }
        guard !candidates.isEmpty else { return [] }
        let relevance = Self.scaled(scores, candidates)
        let dangling = avoidsDanglingOpenings ? article.tokens.map { DanglingOpening.dependsOnPrevious(tokens: $0) } : []
        let sentenceLimit = budget.sentenceLimit(candidates: candidates.count)
        var chosen: [Int] = []
        var words = 0

        func value(_ id: Int) -> Double {
            guard diversity > 0 else { return relevance[id] }
            let similarity = chosen.map { article.vectors[id].cosine(article.vectors[$0]) }.max() ?? 0
            return (1 - diversity) * (relevance[id]) - diversity * similarity
        }
        func admissible(_ id: Int, strict: Bool) -> Bool {
            guard !chosen.contains(id), words + article.wordCounts[id] <= budget.wordLimit else { return false }
            if chosen.contains(where: { Self.jaccard(article.vectors[$0], article.vectors[id]) > redundancy }) { return false }
            return !strict || dangling.isEmpty || !dangling[id] || chosen.contains(id - 1)
        }

        while chosen.count < sentenceLimit {
            var best: (id: Int, value: Double)?
            for strict in [true, false] where best == nil {
                for id in candidates where admissible(id, strict: strict) {
                    let candidateValue = value(id)
                    if best == nil || candidateValue > best!.value { best = (id, candidateValue) }
                }
            }
            guard let best else { break }
            chosen.append(best.id)
            words += article.wordCounts[best.id]
        }
        // A word budget smaller than every sentence still gets the best sentence: a brief is
        // never empty while the article has sentences.
        if chosen.isEmpty, let top = candidates.max(by: { (relevance[$0], -$0) < (relevance[$1], -$1) }) {
            chosen = [top]
        }
        return chosen.sorted()
    }

    /// Each candidate's total scaled to [0, 1] over the candidates (all 1 when they are equal).
    private static func scaled(_ scores: [SentenceScore], _ candidates: [Int]) -> [Double] {
        let totals = candidates.map { scores[$0].total }
        let low = totals.min() ?? 0
        let range = (totals.max() ?? 0) - low
        var scaled = [Double](repeating: 0, count: scores.count)
        for id in candidates { scaled[id] = range > 0 ? (scores[id].total - low) / range : 1 }
        return scaled
    }

    /// The Jaccard overlap of the two sentences' term sets (1 for two empty sets).
    static func jaccard(_ a: SparseVector, _ b: SparseVector) -> Double {
        let shared = a.sharedTerms(b)
        let union = a.terms.count + b.terms.count - shared
        return union > 0 ? Double(shared) / Double(union) : 1
    }
}
