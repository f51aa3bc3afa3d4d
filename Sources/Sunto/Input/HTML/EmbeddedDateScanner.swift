/// Finds a publication date that a page declares only inside its scripts: the state objects of
/// JavaScript frameworks (`publishedDate:"2019-08-16T00:00:00Z"`, `"published_at": "…"`),
/// which the tree does not keep. Used only when no `<meta>`, JSON-LD or URL date exists.
enum EmbeddedDateScanner {
    /// Keys that name the publication date in framework state and feeds.
    private static let keys = [
        "datePublished", "publishedDate", "published_at", "publishedAt", "published_on", "publishDate",
        "publish_date", "publishedOn", "date_published", "firstPublished", "datePosted", "pubDate",
    ].map { Array($0.utf8) }

    /// The first `key: "YYYY-MM-DD…"` in the page, as ISO 8601.
    static func date(in page: [UInt8]) -> String? {
        var best: (offset: Int, date: String)?
        for key in keys {
            var from = 0
            while let hit = find(key, in: page, from: from, before: best?.offset ?? page.count) {
                from = hit + key.count
                if let date = value(in: page, after: from) {
                    best = (hit, date)
                    break
                }
            }
        }
        return best?.date
    }

    /// An ISO date after optional quotes, `\"`, `&quot;`, a `:` or `=` and spaces.
    private static func value(in page: [UInt8], after start: Int) -> String? {
        var index = start
        var sawSeparator = false
        let limit = min(page.count, start + 24)
        while index < limit {
            let byte = page[index]
            if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "=") {
                if sawSeparator { break }
                sawSeparator = true
            } else if !(byte == 0x22 || byte == 0x27 || byte == 0x5C || byte == 0x20 || byte == 0x26 || (byte >= 0x61 && byte <= 0x7A) || byte == 0x3B) {
                break
            }
            index += 1
        }
        guard sawSeparator, index + 10 <= page.count else { return nil }
        let candidate = String(decoding: page[index..<min(page.count, index + 25)], as: UTF8.self)
        guard candidate.first?.isNumber == true else { return nil }
        return DateNormalizer.iso8601(String(candidate.prefix { $0 != "\"" && $0 != "'" && $0 != "\\" && $0 != "&" && $0 != "," }))
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int, before end: Int) -> Int? {
        guard let first = needle.first, end - needle.count >= start else { return nil }
        var index = start
        let last = min(end, haystack.count - needle.count)
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
