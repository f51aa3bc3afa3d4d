/// What an element's `class` and `id` say about it: article body, likely content, or boilerplate.
///
/// Names are split into words at `-`, `_`, spaces and camel-case humps (`articleBody` →
/// `article`, `body`), so the patterns match whole words and `nav` never matches `canvas`.
/// The word lists cover English and Italian site conventions.
struct ClassHints: Equatable {
    /// The element is the article's body itself (`article-body`, `entry-content`, `testo-articolo`).
    var isArticleBody = false
    /// Words that suggest content (`article`, `story`, `content`, `text`).
    var isPositive = false
    /// Words that mark boilerplate wherever they appear (`comments`, `share`, `related`, `cookie`).
    var isBoilerplate = false
    /// Words that mark page furniture (`header`, `sidebar`, `meta`), which may wrap content.
    var isFurniture = false

    init() {}

    /// Reads the hints of `class` and `id`.
    init(className: String?, id: String?) {
        var words: [Substring] = []
        var joined: [String] = []
        for name in [className, id] {
            guard let name, !name.isEmpty else { continue }
            for token in name.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                let lower = token.lowercased()
                joined.append(lower.filter { $0 != "-" && $0 != "_" })
                words.append(contentsOf: Self.words(of: token))
            }
        }
        guard !joined.isEmpty else { return }
        isArticleBody = joined.contains { token in Self.bodyNames.contains { token.contains($0) } }
        for word in words {
            if Self.boilerplateWords.contains(word) { isBoilerplate = true }
            if Self.furnitureWords.contains(word) { isFurniture = true }
            if Self.positiveWords.contains(word) { isPositive = true }
        }
        if !isBoilerplate {
            isBoilerplate = joined.contains { token in Self.boilerplateFragments.contains { token.contains($0) } }
        }
        if isBoilerplate { isArticleBody = false }
    }

    /// Lower-case words of a class token: split at separators and at lower-to-upper humps.
    private static func words(of token: Substring) -> [Substring] {
        var result: [Substring] = []
        var start = token.startIndex
        var index = token.startIndex
        var previousLower = false
        while index < token.endIndex {
            let character = token[index]
            if character == "-" || character == "_" || character == ":" || character == "." {
                if start < index { result.append(token[start..<index]) }
                start = token.index(after: index)
                previousLower = false
            } else {
                if character.isUppercase, previousLower, start < index {
                    result.append(token[start..<index])
                    start = index
                }
                previousLower = character.isLowercase || character.isNumber
            }
            index = token.index(after: index)
        }
        if start < token.endIndex { result.append(token[start...]) }
        return result.map { Substring($0.lowercased()) }
    }

    /// Joined class names (separators removed) that name the article body.
    private static let bodyNames = [
        "articlebody", "articlecontent", "articletext", "articleinner", "storybody", "storycontent", "storytext",
        "entrycontent", "entrybody", "postcontent", "postbody", "posttext", "bodytext", "textbody", "articlecopy",
        "testoarticolo", "articolotesto", "corpoarticolo", "contenutoarticolo", "articolobody", "newsbody", "newstext",
        "contenttext", "richtext", "paywallcontent",
    ]

    private static let boilerplateWords: Set<Substring> = [
        "comment", "comments", "commenti", "disqus", "share", "sharing", "shares", "social", "socials", "condividi",
        "related", "correlati", "correlate", "recommended", "recommend", "recirc", "newsletter", "subscribe",
        "subscription", "signup", "iscriviti", "cookie", "cookies", "consent", "gdpr", "ad", "ads", "adv", "advert",
        "advertisement", "advertising", "adslot", "adunit", "pubblicita", "banner", "sponsor", "sponsored", "promo",
        "outbrain", "taboola", "breadcrumb", "breadcrumbs", "popup", "modal", "overlay", "tags", "topics", "print",
        "login", "sr", "visually", "screenreader", "readmore", "leggianche", "trending", "popular", "mostread",
        "newsletters", "follow", "author", "byline", "bio", "timestamp", "caption", "credit", "credits", "didascalia",
        "gallery", "embed",
    ]

    private static let boilerplateFragments = [
        "comment", "sharebar", "socialbar", "related", "newsletter", "cookie", "advert", "sponsor", "outbrain",
        "taboola", "breadcrumb", "leggianche", "readmore", "readalso", "seealso", "mostpopular", "mostread", "paywallprompt",
    ]

    private static let furnitureWords: Set<Substring> = [
        "header", "footer", "nav", "navbar", "navigation", "menu", "sidebar", "aside", "rail", "widget", "widgets",
        "masthead", "toolbar", "meta", "info", "extra", "supplemental", "skyscraper", "pagination", "pager", "utility",
        "utilities", "tools", "actions", "links", "list", "teaser", "teasers", "card", "cards", "box", "more", "next",
        "prev", "footnote", "contact", "search", "top", "bottom",
    ]

    private static let positiveWords: Set<Substring> = [
        "article", "articolo", "body", "content", "contenuto", "entry", "main", "post", "text", "testo", "story",
        "blog", "corpo", "news", "page", "column", "single",
    ]
}
