/// Reads an article's metadata from a page: `<meta>` tags first (OpenGraph, Twitter cards,
/// Dublin Core, `article:*`, `itemprop`), then JSON-LD (`NewsArticle` and kin), then visible
/// markup (`<h1>`, `<time>`, bylines), in that order of trust.
struct HTMLMetadataReader {
    let tree: HTMLTree
    let hints: [ClassHints]

    /// What the page says about itself.
    struct Result {
        var metadata: Metadata
        /// The article body declared in JSON-LD, a fallback when the page's markup hides it.
        var jsonLDBody: String?
    }

    func read() -> Result {
        var meta: [String: String] = [:]
        var scripts: [String] = []
        var canonical: String?
        var pageTitle: String?
        var language: String?
        for (index, node) in tree.nodes.enumerated() {
            switch node.tag {
            case .meta:
                let key = node.attribute(.property) ?? node.attribute(.name) ?? node.attribute(.itemprop) ?? node.attribute(.httpEquiv)
                if let key, let content = node.attribute(.content)?.trimmingWhitespace(), !content.isEmpty {
                    let lower = key.lowercased()
                    if meta[lower] == nil { meta[lower] = content }
                }
            case .link where canonical == nil:
                if node.attribute(.rel)?.lowercased().split(separator: " ").contains("canonical") == true {
                    canonical = node.attribute(.href)
                }
            case .script:
                scripts.append(tree.text(of: index))
            case .title where pageTitle == nil:
                pageTitle = tree.text(of: index)
            case .html where language == nil:
                language = node.attribute(.lang)
            default:
                break
            }
        }
        let jsonLD = JSONLDArticle(scripts: scripts)
        var metadata = Metadata()
        metadata.site = Self.first(meta, ["og:site_name", "application-name", "al:android:app_name", "twitter:app:name:iphone"])
            ?? jsonLD?.publisher
        metadata.title = Self.first(meta, ["og:title", "twitter:title", "dc.title", "dcterms.title", "headline"])
            ?? jsonLD?.headline ?? visibleHeadline() ?? pageTitle.flatMap(Self.nonEmpty)
        metadata.title = metadata.title.map { TitleCleaner.clean($0, site: metadata.site, pageTitle: pageTitle) }
        metadata.byline = bylineFromMeta(meta) ?? jsonLD.flatMap { $0.authors.isEmpty ? nil : $0.authors.joined(separator: ", ") }
            ?? visibleByline()
        let rawDate = Self.first(meta, Self.dateKeys) ?? jsonLD?.datePublished ?? visibleDate()
        metadata.date = rawDate.flatMap(DateNormalizer.iso8601)
        metadata.url = canonical.flatMap(Self.nonEmpty) ?? Self.first(meta, ["og:url", "twitter:url", "dc.identifier"]) ?? jsonLD?.url
        metadata.language = (language.flatMap(Self.nonEmpty) ?? Self.first(meta, ["content-language", "og:locale", "dc.language", "language"])
            ?? jsonLD?.language).map(Self.languageTag)
        metadata.description = Self.first(meta, ["og:description", "description", "twitter:description", "dc.description"])
            ?? jsonLD?.description
        return Result(metadata: metadata, jsonLDBody: jsonLD?.articleBody)
    }

    static let dateKeys = [
        "article:published_time", "og:article:published_time", "datepublished", "dc.date.issued", "dcterms.issued",
        "dc.date", "dcterms.date", "dcterms.created", "date", "pubdate", "publishdate", "publish-date", "publish_date",
        "parsely-pub-date", "sailthru.date", "article.published", "published_time", "og:published_time",
        "article:published", "cxenseparse:recs:publishtime", "release_date",
    ]

    private func bylineFromMeta(_ meta: [String: String]) -> String? {
        for key in ["author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl", "twitter:creator"] {
            guard var value = meta[key] else { continue }
            if value.contains("://") || value.hasPrefix("@") || value.hasPrefix("www.") { continue }
            value = TitleCleaner.strippingByPrefix(value)
            if !value.isEmpty { return value }
        }
        return nil
    }

    /// The first `<h1>` of the page body with text.
    private func visibleHeadline() -> String? {
        for (index, node) in tree.nodes.enumerated() where node.tag == .h1 {
            let text = tree.text(of: index)
            if !text.isEmpty { return text }
        }
        return nil
    }

    /// An element marked as the author (`itemprop="author"`, `rel="author"`, a `byline` class).
    private func visibleByline() -> String? {
        for (index, node) in tree.nodes.enumerated() where node.tag != .text && node.tag != .meta {
            let marked = node.attribute(.itemprop) == "author" || node.attribute(.rel) == "author"
                || (hints[index].isBoilerplate && (node.attribute(.class) ?? "").lowercased().contains("byline"))
            guard marked else { continue }
            let text = TitleCleaner.strippingByPrefix(tree.text(of: index))
            if !text.isEmpty, text.count <= 100 { return text }
        }
        return nil
    }

    /// The `datetime` of a `<time>` element, preferring one marked as the publication date.
    private func visibleDate() -> String? {
        var first: String?
        for node in tree.nodes where node.tag == .time {
            guard let value = node.attribute(.datetime), !value.isEmpty else { continue }
            if node.attribute(.itemprop) == "datePublished" { return value }
            if first == nil { first = value }
        }
        return first
    }

    private static func first(_ meta: [String: String], _ keys: [String]) -> String? {
        for key in keys { if let value = meta[key] { return value } }
        return nil
    }

    private static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// `it_IT` → `it-IT`; the tag as BCP 47 writes it.
    private static func languageTag(_ text: String) -> String {
        let parts = text.trimmingWhitespace().split(whereSeparator: { $0 == "_" || $0 == "-" })
        guard let primary = parts.first else { return text }
        return ([primary.lowercased()] + parts.dropFirst().map { $0.count == 2 ? $0.uppercased() : String($0) }).joined(separator: "-")
    }
}
