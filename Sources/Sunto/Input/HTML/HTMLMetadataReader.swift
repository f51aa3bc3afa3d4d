/// Reads an article's metadata from a page: `<meta>` tags first (OpenGraph, Twitter cards,
/// Dublin Core, `article:*`, `itemprop`), then JSON-LD (`NewsArticle` and kin), then visible
/// markup (`<h1>`, `<time>`, bylines), in that order of trust.
struct HTMLMetadataReader {
    let tree: HTMLTree
    let hints: [ClassHints]
    /// The page's bytes, for dates declared only inside scripts.
    var page: [UInt8] = []

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
        metadata.url = canonical.flatMap(Self.nonEmpty) ?? Self.first(meta, ["og:url", "twitter:url", "dc.identifier"]) ?? jsonLD?.url
        let declaredDate = (Self.first(meta, Self.dateKeys) ?? jsonLD?.datePublished).flatMap(DateNormalizer.iso8601)
        let urls = [canonical, meta["og:url"], jsonLD?.url].compactMap { $0 }
        metadata.date = declaredDate ?? urls.lazy.compactMap(DateNormalizer.dateInURL).first ?? EmbeddedDateScanner.date(in: page)
            ?? visibleDate().flatMap(DateNormalizer.iso8601)
            ?? Self.first(meta, ["article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified"])
                .flatMap(DateNormalizer.iso8601)
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

    /// A byline shown on the page, by decreasing trust: `itemprop="author"`, `rel="author"`, a
    /// link to an author page (`/author/…`, `/autore/…`), an element whose class names the author
    /// or the byline. Names are short and hold no digits (which would be a date or a count).
    private func visibleByline() -> String? {
        var best: (rank: Int, text: String)?
        for (index, node) in tree.nodes.enumerated() where node.tag != .text && node.tag != .meta && node.tag != .link {
            let rank: Int
            if node.attribute(.itemprop) == "author" {
                rank = 0
            } else if node.attribute(.rel)?.lowercased() == "author" {
                rank = 1
            } else if node.tag == .a, let href = node.attribute(.href),
                      ["/author/", "/authors/", "/autore/", "/autori/", "/firme/", "/profile/"].contains(where: href.containsASCIICaseFolded) {
                rank = 2
            } else if let name = node.attribute(.class), ["author", "byline", "autore"].contains(where: name.containsASCIICaseFolded) {
                rank = 3
            } else {
                continue
            }
            guard best.map({ rank < $0.rank }) ?? true, let text = Self.personName(tree.text(of: index)) else { continue }
            best = (rank, text)
            if rank == 0 { break }
        }
        return best?.text
    }

    /// The text as a person's name (or names), if it can be one.
    private static func personName(_ text: String) -> String? {
        var name = TitleCleaner.strippingByPrefix(text)
        while let last = name.last, "|·,-–—:".contains(last) { name = String(name.dropLast()).trimmingWhitespace() }
        guard !name.isEmpty, name.count <= 60, name.split(separator: " ").count <= 8, !name.contains(where: \.isNumber) else {
            return nil
        }
        return name
    }

    /// A date shown on the page: an element marked `itemprop="datePublished"`, a `<time>`, or a
    /// short element whose class names a date (`post-date`, `c-meta__date`, `data-articolo`).
    private func visibleDate() -> String? {
        var firstTime: String?
        var firstNamed: String?
        for (index, node) in tree.nodes.enumerated() where node.tag != .text && node.tag != .meta {
            if node.attribute(.itemprop) == "datePublished" {
                if let value = node.attribute(.datetime) ?? node.attribute(.content) ?? Optional(tree.text(of: index)),
                   DateNormalizer.iso8601(value) != nil {
                    return value
                }
            }
            if node.tag == .time, firstTime == nil {
                firstTime = node.attribute(.datetime).flatMap(Self.nonEmpty) ?? Self.dateText(tree.text(of: index))
            }
            if firstNamed == nil, let name = node.attribute(.class) ?? node.attribute(.id), Self.namesADate(name) {
                firstNamed = Self.dateText(tree.text(of: index))
            }
        }
        return firstTime ?? firstNamed ?? firstDateOnlyText()
    }

    /// The first short text run that is nothing but a date ("April 8, 2024", "12 marzo 2024").
    private func firstDateOnlyText() -> String? {
        for node in tree.nodes where node.tag == .text {
            let text = node.text
            guard text.utf8.count <= 40, text.contains(where: \.isNumber) else { continue }
            let trimmed = text.trimmingWhitespace()
            if trimmed.split(separator: " ").count <= 5, let date = Self.dateText(trimmed) {
                return date
            }
        }
        return nil
    }

    private static func namesADate(_ name: String) -> Bool {
        ["date", "time", "published", "posted", "pubdate", "data-pub", "datapub"].contains(where: name.containsASCIICaseFolded)
            && !name.containsASCIICaseFolded("update") && !name.containsASCIICaseFolded("modified")
    }

    /// Short text that holds a date, as shown next to a byline.
    private static func dateText(_ text: String) -> String? {
        guard !text.isEmpty, text.count <= 80 else { return nil }
        return DateNormalizer.iso8601(text) != nil ? text : nil
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
