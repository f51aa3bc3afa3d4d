#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds a publication date that a page declares only inside its scripts: the state objects of
/// JavaScript frameworks (`publishedDate:"2019-08-16T00:00:00Z"`, `"published_at": "…"`),
/// which the tree does not keep. Used only when no `<meta>`, JSON-LD or URL date exists.
enum EmbeddedDateScanner {
    /// Keys that name the publication date in framework state and feeds.
    private static let keys = [
        "datePublished", "publishedDate", "published_at", "publishedAt", "published_on", "publishDate",
        "publish_date", "publishedOn", "date_published", "firstPublished", "datePosted", "pubDate",
    ].map { Array($0.utf8) }

    /// Whether a key starts with each byte, by byte value.
    private static let startsKey: [Bool] = (0..<256).map { byte in keys.contains { $0.first == UInt8(byte) } }

    /// The first `key: "YYYY-MM-DD…"` in the page, as ISO 8601: one pass over the page, each
    /// position checked against the keys only when its byte starts one.
    static func date(in page: [UInt8]) -> String? {
        page.withUnsafeBufferPointer { bytes -> String? in
            guard let base = bytes.baseAddress else { return nil }
            for index in bytes.indices where startsKey[Int(bytes[index])] {
                for key in keys where key[0] == bytes[index] && index + key.count <= bytes.count && memcmp(base + index, key, key.count) == 0 {
                    if let date = value(in: page, after: index + key.count) { return date }
                }
            }
            return nil
        }
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
}
