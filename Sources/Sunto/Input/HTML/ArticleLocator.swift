/// Chooses the elements that hold the article: the page's own markup when it marks the body
/// (`itemprop="articleBody"`, `article-body`-like class names) and that markup agrees in size
/// with the content scoring; otherwise the best-scored element with its qualifying siblings.
struct ArticleLocator {
    let tree: HTMLTree
    let hints: [ClassHints]
    let statistics: TextStatistics
    let excluded: [Bool]

    /// The roots of the article's content, in document order; empty when the page has none.
    func locate() -> [Int] {
        let scorer = ContentScorer(tree: tree, hints: hints, statistics: statistics, excluded: excluded)
        let scores = scorer.scores()
        let scored = scoredContent(scores: scores, scorer: scorer)
        let scoredCharacters = scored.reduce(0) { $0 + Int(statistics.characters[$1]) }
        guard let marked = markedBody() else { return scored }
        let markedCharacters = marked.reduce(0) { $0 + Int(statistics.characters[$1]) }
        if scoredCharacters == 0 || (Double(markedCharacters) >= 0.5 * Double(scoredCharacters)
            && Double(markedCharacters) <= 2.5 * Double(scoredCharacters)) {
            return marked
        }
        return scored
    }

    /// Elements the page itself marks as the article body, with text in them.
    func markedBody() -> [Int]? {
        var itemprops: [Int] = []
        var named: [Int] = []
        for index in 1..<tree.nodes.count where !excluded[index] && statistics.characters[index] >= 100 {
            if tree.nodes[index].attribute(.itemprop) == "articleBody" {
                if let last = itemprops.last, tree.contains(last, index) { continue }
                itemprops.append(index)
            } else if hints[index].isArticleBody {
                named.append(index)
            }
        }
        if !itemprops.isEmpty { return itemprops }
        // Of the body-named elements, the one with the most text (an outer wrapper wins ties).
        guard let best = named.max(by: { statistics.characters[$0] < statistics.characters[$1] }) else { return nil }
        return [best]
    }

    /// The best-scored element, moved up where its parent scores better, with the siblings that
    /// read as part of the same article.
    func scoredContent(scores: [Int: Double], scorer: ContentScorer) -> [Int] {
        var ranked = scores.keys.map { ($0, scorer.finalScore($0, in: scores)) }
        ranked.sort { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        guard var top = ranked.first?.0, let topScore = ranked.first?.1, topScore > 0 else { return [] }
        // Several near-equal candidates under one ancestor: the article is split; take the ancestor.
        let close = ranked.dropFirst().prefix(5).filter { $0.1 >= 0.75 * topScore }.map(\.0)
        if close.count >= 2 {
            var ancestor = Int(tree.nodes[top].parent)
            while ancestor > 0 {
                if close.filter({ tree.contains(ancestor, $0) }).count >= 2 {
                    top = ancestor
                    break
                }
                ancestor = Int(tree.nodes[ancestor].parent)
            }
        }
        top = climb(from: top, scores: scores, scorer: scorer)
        return withSiblings(top, scores: scores, scorer: scorer)
    }

    /// Moves up while a parent scores higher, or while the candidate is its parent's only child.
    private func climb(from start: Int, scores: [Int: Double], scorer: ContentScorer) -> Int {
        var top = start
        var lastScore = scorer.finalScore(top, in: scores)
        let threshold = lastScore / 3
        var parent = Int(tree.nodes[top].parent)
        while parent > 0, tree.nodes[parent].tag != .body {
            guard scores[parent] != nil else {
                parent = Int(tree.nodes[parent].parent)
                continue
            }
            let parentScore = scorer.finalScore(parent, in: scores)
            if parentScore < threshold { break }
            if parentScore > lastScore {
                top = parent
                break
            }
            lastScore = parentScore
            parent = Int(tree.nodes[parent].parent)
        }
        while true {
            let up = Int(tree.nodes[top].parent)
            guard up > 0, tree.nodes[up].tag != .body, statistics.characters[up] == statistics.characters[top] else { break }
            top = up
        }
        return top
    }

    /// The candidate and the siblings that score close to it or read as prose.
    private func withSiblings(_ top: Int, scores: [Int: Double], scorer: ContentScorer) -> [Int] {
        let parent = Int(tree.nodes[top].parent)
        guard parent >= 0 else { return [top] }
        let topScore = scorer.finalScore(top, in: scores)
        let threshold = max(10, topScore * 0.2)
        let topClass = tree.nodes[top].attribute(.class)
        var result: [Int] = []
        for sibling in tree.children(of: parent) where !excluded[sibling] {
            if sibling == top {
                result.append(sibling)
                continue
            }
            let characters = statistics.characters[sibling]
            guard characters > 0, tree.nodes[sibling].tag != .text else { continue }
            var score = scorer.finalScore(sibling, in: scores)
            if let topClass, !topClass.isEmpty, tree.nodes[sibling].attribute(.class) == topClass { score += topScore * 0.2 }
            let density = statistics.linkDensity(sibling)
            if scores[sibling] != nil, score >= threshold {
                result.append(sibling)
            } else if tree.nodes[sibling].tag == .p {
                let text = tree.text(of: sibling)
                if characters > 80, density < 0.25 {
                    result.append(sibling)
                } else if density == 0, text.hasSuffix(".") {
                    result.append(sibling)
                }
            }
        }
        return result
    }
}
