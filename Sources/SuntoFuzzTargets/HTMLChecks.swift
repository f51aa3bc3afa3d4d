import Sunto

/// The HTML target: a page through libxml2 and the article extractor.
enum HTMLChecks {
    static func extract(_ bytes: [UInt8]) -> [String] {
        guard let article = try? HTMLArticleExtractor().extract(bytes, path: "fuzz.html") else { return [] }
        if article.text.unicodeScalars.contains("\u{0}") { return ["the article text holds a NUL"] }
        if article.text.isEmpty { return ["an article was found with no text"] }
        return []
    }
}
