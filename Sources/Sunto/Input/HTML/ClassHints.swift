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
    ///
    /// Works on ASCII bytes: class names are ASCII in practice, and Foundation's substring search
    /// would cost more than the whole libxml2 parse.
    init(className: String?, id: String?) {
        var joined: [[UInt8]] = []
        for name in [className, id] {
            guard let name, !name.isEmpty else { continue }
            for token in name.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
                joined.append(token.compactMap { $0 == 0x2D || $0 == 0x5F ? nil : Self.lower($0) })
                for word in Self.words(of: token) {
                    guard let flags = Self.wordFlags[word] else { continue }
                    if flags & 1 != 0 { isBoilerplate = true }
                    if flags & 2 != 0 { isFurniture = true }
                    if flags & 4 != 0 { isPositive = true }
                }
            }
        }
        guard !joined.isEmpty else { return }
        isArticleBody = joined.contains { token in Self.bodyNames.contains { Self.contains(token, $0) } }
        if !isBoilerplate {
            isBoilerplate = joined.contains { token in Self.boilerplateFragments.contains { Self.contains(token, $0) } }
        }
        if isBoilerplate { isArticleBody = false }
    }

    /// The hints of an element with both names: each flag set by either, and never the article
    /// body when also boilerplate.
    func merged(with other: ClassHints) -> ClassHints {
        var result = ClassHints()
        result.isBoilerplate = isBoilerplate || other.isBoilerplate
        result.isArticleBody = (isArticleBody || other.isArticleBody) && !result.isBoilerplate
        result.isPositive = isPositive || other.isPositive
        result.isFurniture = isFurniture || other.isFurniture
        return result
    }

    /// Lower-case words of a class token: split at separators and at lower-to-upper humps.
    private static func words(of token: Substring.UTF8View.SubSequence) -> [String] {
        var result: [String] = []
        var word: [UInt8] = []
        var previousLower = false
        for byte in token {
            let isUpper = byte >= 0x41 && byte <= 0x5A
            if byte == 0x2D || byte == 0x5F || byte == 0x3A || byte == 0x2E || (isUpper && previousLower) {
                if !word.isEmpty { result.append(String(decoding: word, as: UTF8.self)) }
                word.removeAll(keepingCapacity: true)
                previousLower = false
                if !isUpper { continue }
            }
            word.append(lower(byte))
            previousLower = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
        }
        if !word.isEmpty { result.append(String(decoding: word, as: UTF8.self)) }
        return result
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count, let first = needle.first else { return false }
        var index = 0
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    /// Each known word with its kinds (1 boilerplate, 2 furniture, 4 positive): one lookup a word.
    private static let wordFlags: [String: UInt8] = {
        var flags: [String: UInt8] = [:]
        for word in boilerplateWords { flags[word, default: 0] |= 1 }
        for word in furnitureWords { flags[word, default: 0] |= 2 }
        for word in positiveWords { flags[word, default: 0] |= 4 }
        return flags
    }()

    /// Joined class names (separators removed) that name the article body.
    private static let bodyNames: [[UInt8]] = [
        "articlebody", "articlecontent", "articletext", "articleinner", "storybody", "storycontent", "storytext",
        "entrycontent", "entrybody", "postcontent", "postbody", "posttext", "bodytext", "textbody", "articlecopy",
        "testoarticolo", "articolotesto", "corpoarticolo", "contenutoarticolo", "articolobody", "newsbody", "newstext",
        "contenttext", "richtext", "paywallcontent",
    ].map { Array($0.utf8) }

    private static let boilerplateWords: Set<String> = [
        "comment", "comments", "commenti", "disqus", "share", "sharing", "shares", "social", "socials", "condividi",
        "related", "correlati", "correlate", "recommended", "recommend", "recirc", "newsletter", "subscribe",
        "subscription", "signup", "iscriviti", "cookie", "cookies", "consent", "gdpr", "ad", "ads", "adv", "advert",
        "advertisement", "advertising", "adslot", "adunit", "pubblicita", "banner", "sponsor", "sponsored", "promo",
        "outbrain", "taboola", "breadcrumb", "breadcrumbs", "popup", "modal", "overlay", "tags", "topics", "print",
        "login", "sr", "visually", "screenreader", "readmore", "leggianche", "trending", "popular", "mostread",
        "newsletters", "follow", "author", "byline", "bio", "timestamp", "caption", "credit", "credits", "didascalia",
        "gallery", "embed",
    ]

    private static let boilerplateFragments: [[UInt8]] = [
        "comment", "sharebar", "socialbar", "related", "newsletter", "cookie", "advert", "sponsor", "outbrain",
        "taboola", "breadcrumb", "leggianche", "readmore", "readalso", "seealso", "mostpopular", "mostread", "paywallprompt",
    ].map { Array($0.utf8) }

    private static let furnitureWords: Set<String> = [
        "header", "footer", "nav", "navbar", "navigation", "menu", "sidebar", "aside", "rail", "widget", "widgets",
        "masthead", "toolbar", "meta", "info", "extra", "supplemental", "skyscraper", "pagination", "pager", "utility",
        "utilities", "tools", "actions", "links", "list", "teaser", "teasers", "card", "cards", "box", "more", "next",
        "prev", "footnote", "contact", "search", "top", "bottom",
    ]

    private static let positiveWords: Set<String> = [
        "article", "articolo", "body", "content", "contenuto", "entry", "main", "post", "text", "testo", "story",
        "blog", "corpo", "news", "page", "column", "single",
    ]
}
