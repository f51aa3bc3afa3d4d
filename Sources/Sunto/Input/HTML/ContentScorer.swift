/// Finds the element that holds the article by scoring paragraphs into their ancestors, in the
/// manner of Readability: each paragraph of prose adds points (more for commas and length) to
/// its parent and, less and less, to the ancestors above; class/id hints and the tag adjust the
/// start score; link-heavy elements lose in proportion to their link text.
struct ContentScorer {
    let tree: HTMLTree
    let hints: [ClassHints]
    let statistics: TextStatistics
    let excluded: [Bool]

    /// Paragraphs shorter than this (visible characters) give no points.
    static let minimumParagraph: Int32 = 25
    /// How many ancestors above a paragraph receive points.
    static let ancestorLevels = 5

    /// The scored candidates: node index → score before the link-density penalty.
    func scores() -> [Int: Double] {
        var scores: [Int: Double] = [:]
        let nodes = tree.nodes
        var hasBlockChild = Array(repeating: false, count: nodes.count)
        var directText = Array(repeating: Int32(0), count: nodes.count)
        for index in 1..<nodes.count where !excluded[index] {
            let node = nodes[index]
            if node.tag.isBlock, node.tag != .br { hasBlockChild[Int(node.parent)] = true }
            if node.tag == .text { directText[Int(node.parent)] += statistics.characters[index] }
        }
        for index in 1..<nodes.count where !excluded[index] {
            let node = nodes[index]
            let chars: Int32
            let first: Int
            switch node.tag {
            case .p, .pre, .td, .blockquote, .dd:
                guard !(node.tag == .blockquote && hasBlockChild[index]) else { continue }
                chars = statistics.characters[index]
                first = Int(node.parent)
            case .div, .section, .article, .main, .center, .body:
                if !hasBlockChild[index] {
                    chars = statistics.characters[index]
                    first = Int(node.parent)
                } else {
                    // Loose text directly in a container, between <br>s or beside blocks.
                    chars = directText[index]
                    first = index
                }
            default:
                continue
            }
            guard chars >= Self.minimumParagraph else { continue }
            let points = 1 + Double(min(statistics.commas[index], chars / 20)) + min(Double(chars) / 100, 3)
            var ancestor = first
            var level = 0
            while ancestor > 0, level < Self.ancestorLevels {
                if scores[ancestor] == nil { scores[ancestor] = initialScore(ancestor) }
                let divider = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                scores[ancestor, default: 0] += points / divider
                ancestor = Int(nodes[ancestor].parent)
                level += 1
            }
        }
        return scores
    }

    /// The score after the link-density penalty.
    func finalScore(_ index: Int, in scores: [Int: Double]) -> Double {
        (scores[index] ?? 0) * (1 - statistics.linkDensity(index))
    }

    /// The start score of a candidate: by tag, by class/id, by schema.org markup.
    func initialScore(_ index: Int) -> Double {
        let node = tree.nodes[index]
        var score: Double
        switch node.tag {
        case .div, .article, .main: score = 5
        case .pre, .td, .blockquote: score = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: score = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: score = -5
        default: score = 0
        }
        let hint = hints[index]
        if hint.isBoilerplate || hint.isFurniture { score -= 25 }
        if hint.isPositive { score += 25 }
        if hint.isArticleBody { score += 25 }
        if node.attribute(.itemprop) == "articleBody" { score += 50 }
        return score
    }
}
