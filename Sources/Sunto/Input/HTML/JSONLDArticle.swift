import Foundation

/// The article facts a page declares in JSON-LD (`<script type="application/ld+json">`), from the
/// first `NewsArticle`/`Article`/`BlogPosting`-like object, looked for in arrays and `@graph`s.
struct JSONLDArticle: Equatable {
    var headline: String?
    var authors: [String] = []
    var datePublished: String?
    var dateModified: String?
    var publisher: String?
    var url: String?
    var description: String?
    var language: String?
    var articleBody: String?

    /// schema.org types whose properties describe the article.
    private static let articleTypes: Set<String> = [
        "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting", "scholarlyarticle", "techarticle", "report",
        "socialmediaposting", "posting", "webpage", "itempage",
    ]

    /// Reads the first article object in `scripts`; `nil` when none parses.
    init?(scripts: [String]) {
        var best: [String: Any]?
        var bestRank = Int.max
        for script in scripts {
            guard let data = script.data(using: .utf8),
                  let json = (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
                    ?? (try? JSONSerialization.jsonObject(with: Data(Self.sanitized(script).utf8), options: [.fragmentsAllowed]))
            else { continue }
            for object in Self.objects(in: json) {
                guard let rank = Self.rank(of: object), rank < bestRank else { continue }
                best = object
                bestRank = rank
            }
        }
        guard let best else { return nil }
        headline = Self.string(best["headline"]) ?? Self.string(best["name"])
        authors = Self.names(best["author"]) + (best["author"] == nil ? Self.names(best["creator"]) : [])
        datePublished = Self.string(best["datePublished"]) ?? Self.string(best["dateCreated"])
        dateModified = Self.string(best["dateModified"])
        publisher = Self.names(best["publisher"]).first
        url = Self.string(best["url"]) ?? Self.names(best["mainEntityOfPage"], key: "@id").first
        description = Self.string(best["description"])
        language = Self.string(best["inLanguage"])
        articleBody = Self.string(best["articleBody"])
    }

    /// Every object in a JSON-LD value, through arrays and `@graph`, without recursion.
    private static func objects(in json: Any) -> [[String: Any]] {
        var pending: [Any] = [json]
        var result: [[String: Any]] = []
        while let value = pending.popLast(), result.count < 200 {
            if let array = value as? [Any] {
                pending.append(contentsOf: array.reversed())
            } else if let object = value as? [String: Any] {
                result.append(object)
                if let graph = object["@graph"] { pending.append(graph) }
            }
        }
        return result
    }

    /// Lower is better: news articles first, then other articles, then web pages.
    private static func rank(of object: [String: Any]) -> Int? {
        let types = (object["@type"] as? [Any] ?? [object["@type"] as Any]).compactMap { ($0 as? String)?.lowercased() }
        var best: Int?
        for type in types where articleTypes.contains(type) {
            let rank = type.hasSuffix("newsarticle") ? 0 : type == "webpage" || type == "itempage" ? 2 : 1
            best = min(best ?? rank, rank)
        }
        return best
    }

    private static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let trimmed = text.trimmingWhitespace()
            return trimmed.isEmpty ? nil : trimmed
        }
        if let array = value as? [Any] { return array.lazy.compactMap { string($0) }.first }
        return nil
    }

    /// Names from a string, an object with `name`, or an array of either.
    private static func names(_ value: Any?, key: String = "name") -> [String] {
        switch value {
        case let text as String:
            return string(text).map { [$0] } ?? []
        case let object as [String: Any]:
            return string(object[key]).map { [$0] } ?? []
        case let array as [Any]:
            var result: [String] = []
            for item in array {
                for name in names(item, key: key) where !result.contains(name) { result.append(name) }
            }
            return result
        default:
            return []
        }
    }

    /// Raw control characters inside strings are the usual JSON-LD defect; replace them with spaces.
    private static func sanitized(_ script: String) -> String {
        String(script.unicodeScalars.map { $0.value < 0x20 ? " " : Character($0) })
    }
}
