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
        let headlines = tree.nodes.indices.lazy.filter { tree.nodes[$0].tag == .h1 }.prefix(4).map { tree.text(of: $0) }
        metadata.title = metadata.title.map { TitleCleaner.clean($0, site: metadata.site, headlines: Array(headlines)) }
        metadata.byline = bylineFromMeta(meta) ?? jsonLD.flatMap { $0.authors.isEmpty ? nil : $0.authors.joined(separator: ", ") }
            ?? visibleByline()
        metadata.url = canonical.flatMap(Self.nonEmpty) ?? Self.first(meta, ["og:url", "twitter:url", "dc.identifier"]) ?? jsonLD?.url
        metadata.date = date(meta: meta, jsonLD: jsonLD, urls: [canonical, meta["og:url"], jsonLD?.url].compactMap { $0 },
                             headline: headlineNode(title: metadata.title))
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
            if value.contains("://") || value.hasPrefix("@") || value.hasPrefix("www.") || Self.isUserName(value) { continue }
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
            guard best.map({ rank < $0.rank }) ?? true, let text = shownName(index) else { continue }
            best = (rank, text)
            if rank == 0 { break }
        }
        return best?.text
    }

    /// The name an author element shows: its first text run that is not a label ("By", "Written
    /// By", "The Author"), so a role or a date beside the name ("Head Winemaker", "Founder at …")
    /// is left out; the whole text when that run is a single word.
    private func shownName(_ index: Int) -> String? {
        let runs = tree.nodes[index..<Int(tree.nodes[index].end)].lazy
            .filter { $0.tag == .text }.map { $0.text.trimmingWhitespace() }
            .filter { !$0.isEmpty && !Self.isBylineLabel($0) }
        guard let first = runs.first else { return nil }
        if first.contains(" "), let name = Self.personName(first) { return name }
        return Self.personName(runs.joined(separator: " "))
    }

    private static func isBylineLabel(_ text: String) -> Bool {
        var label = text.lowercased()
        while let last = label.last, ":|,·-".contains(last) { label = String(label.dropLast()).trimmingWhitespace() }
        return ["by", "di", "da", "author", "autore", "autrice", "written by", "the author", "posted by", "words by", "scritto da",
                "a cura di", "autor", "par", "von", ""].contains(label)
    }

    /// The text as a person's name (or names), if it can be one: short, no digits, not a user
    /// name such as `mario.rossi`, not an avatar's initials such as `MR`.
    private static func personName(_ text: String) -> String? {
        var name = TitleCleaner.strippingByPrefix(text)
        while let first = name.first, ",|·-–—:".contains(first) { name = String(name.dropFirst()).trimmingWhitespace() }
        while let last = name.last, "|·,-–—:".contains(last) { name = String(name.dropLast()).trimmingWhitespace() }
        guard !name.isEmpty, name.count <= 60, name.split(separator: " ").count <= 8, !name.contains(where: \.isNumber),
              !isUserName(name), !isBylineLabel(name), !(name.count <= 3 && name.allSatisfy(\.isUppercase))
        else { return nil }
        return name
    }

    private static func isUserName(_ name: String) -> Bool {
        !name.contains(" ") && name.contains(where: { $0 == "." || $0 == "_" || $0 == "@" })
    }

    /// The publication date, by trust: `<meta>`, JSON-LD, the URL, a script's state, the page's
    /// visible date, the date of the last revision. The page's own words overrule a declared
    /// date in three cases, each a known defect of templates: the text says the article was
    /// "originally published" on another day (a reprint) and shows no date labelled as the
    /// publication date ("Posted on …") beside the headline; JSON-LD dates contradict each other
    /// (published after modified); the declared date is the one the page shows as "Updated"
    /// while it shows another as the publication date.
    private func date(meta: [String: String], jsonLD: JSONLDArticle?, urls: [String], headline: Int?) -> String? {
        let visible = VisibleDates(tree: tree, headline: headline)
        if let original = visible.original, !visible.publishedIsLabelled { return original }
        let metaDate = Self.first(meta, Self.dateKeys).flatMap(DateNormalizer.iso8601)
        let jsonLDDate = jsonLD?.datePublished.flatMap(DateNormalizer.iso8601)
        if let declared = metaDate ?? jsonLDDate {
            let day = String(declared.prefix(10))
            let modified = jsonLD?.dateModified.flatMap(DateNormalizer.iso8601).map { String($0.prefix(10)) }
            let contradicted = metaDate == nil && modified.map { $0 < day } == true
            if let shown = visible.published, shown != day, contradicted || visible.updated.contains(day) { return shown }
            return declared
        }
        return urls.lazy.compactMap(DateNormalizer.dateInURL).first ?? EmbeddedDateScanner.date(in: page) ?? visible.published
            ?? visible.revised ?? Self.first(meta, ["article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified"])
                .flatMap(DateNormalizer.iso8601)
    }

    /// The node of the article's headline: the `<h1>` that reads as the title, else the first.
    private func headlineNode(title: String?) -> Int? {
        var first: Int?
        for (index, node) in tree.nodes.enumerated() where node.tag == .h1 {
            let text = tree.text(of: index)
            guard !text.isEmpty else { continue }
            if let title, text == title { return index }
            if first == nil { first = index }
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
