/// Drops the blocks inside the article area that are not article text: link lists, "Leggi
/// anche"/"Read more" teasers, share prompts, copyright lines, the headline repeated, and short
/// furniture (bylines, dates, "Share") before the first and after the last paragraph of prose.
struct BlockFilter {
    /// The article's title, so a repeated headline can be dropped.
    var title: String?

    /// Blocks that start with one of these (lower-cased) and are short are boilerplate.
    static let boilerplatePrefixes = [
        "leggi anche", "leggi pure", "leggi l'articolo", "leggi tutto", "leggi l’articolo", "potrebbe interessarti",
        "ti potrebbe interessare", "vedi anche", "guarda anche", "guarda il video", "continua a leggere", "iscriviti",
        "seguici", "condividi", "riproduzione riservata", "© riproduzione riservata", "clicca qui", "pubblicità",
        "read more", "read also", "see also", "related:", "related articles", "related stories", "more:",
        "advertisement", "sponsored", "continue reading", "sign up", "subscribe", "follow us", "share this",
        "share on", "all rights reserved", "click here", "photo:", "foto:", "image:", "credit:", "copyright",
        "©", "(c)", "recommended:", "most read", "watch:", "listen:", "read the full", "we want to hear",
    ]

    /// Keeps the article's blocks.
    func filter(_ blocks: [TextBlock]) -> [TextBlock] {
        let normalizedTitle = title.map(Self.comparable)
        var kept: [TextBlock] = []
        for block in blocks {
            let text = block.text
            let length = text.count
            if block.linkDensity > 0.5, length < 400 { continue }
            if length < 200, Self.startsWithBoilerplate(text) { continue }
            if block.kind == .heading, let normalizedTitle, Self.comparable(text) == normalizedTitle { continue }
            if let last = kept.last, last.text == text { continue }
            kept.append(block)
        }
        return trimEdges(kept)
    }

    /// Short blocks at the edges that do not read as sentences (bylines, dates, labels).
    private func trimEdges(_ blocks: [TextBlock]) -> [TextBlock] {
        guard blocks.contains(where: Self.isProse) else { return blocks }
        var start = blocks.startIndex
        while start < blocks.endIndex, !Self.isProse(blocks[start]), blocks[start].kind != .heading || isOrphanHeading(blocks, start) {
            start += 1
        }
        var end = blocks.endIndex
        while end > start, !Self.isProse(blocks[end - 1]) { end -= 1 }
        return Array(blocks[start..<end])
    }

    private func isOrphanHeading(_ blocks: [TextBlock], _ index: Int) -> Bool {
        index + 1 >= blocks.count || blocks[index + 1].kind == .heading
    }

    /// A block that reads as running text: long enough, or a sentence with final punctuation.
    static func isProse(_ block: TextBlock) -> Bool {
        let text = block.text
        if text.count >= 80 { return true }
        guard block.kind != .heading, text.count >= 20, let last = text.last else { return false }
        return ".!?»”\"…:)".contains(last) && text.split(separator: " ").count >= 4
    }

    static func startsWithBoilerplate(_ text: String) -> Bool {
        let lower = text.prefix(40).lowercased()
        return boilerplatePrefixes.contains { lower.hasPrefix($0) }
    }

    static func comparable(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    }
}
