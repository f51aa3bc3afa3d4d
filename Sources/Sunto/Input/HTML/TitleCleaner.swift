/// Tidies titles and bylines as pages write them: the site's name after a `|` or `-`, a "By"/"Di"
/// before an author's name, runs of whitespace.
enum TitleCleaner {
    private static let separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " • ", " ⋆ ", " // "]

    /// The headline without the site name the page appends or prepends to it: a segment that
    /// names the site or is a bare domain, or any segment when the rest is the page's own `<h1>`.
    static func clean(_ title: String, site: String?, headlines: [String] = []) -> String {
        var collapser = WhitespaceCollapser()
        collapser.append(title)
        var result = collapser.result
        let siteKey = site.map(BlockFilter.comparable)
        for separator in separators {
            guard let range = result.lastOccurrence(of: separator) else { continue }
            if isSiteName(result[range.upperBound...], siteKey) {
                result = String(result[..<range.lowerBound])
                break
            }
            if let head = result.firstOccurrence(of: separator), isSiteName(result[..<head.lowerBound], siteKey) {
                result = String(result[head.upperBound...])
                break
            }
        }
        let headlineKeys = Set(headlines.map(BlockFilter.comparable).filter { !$0.isEmpty })
        if !headlineKeys.contains(BlockFilter.comparable(result)) {
            for separator in separators {
                if let range = result.lastOccurrence(of: separator),
                   headlineKeys.contains(BlockFilter.comparable(String(result[..<range.lowerBound]))) {
                    return String(result[..<range.lowerBound]).trimmingWhitespace()
                }
                if let range = result.firstOccurrence(of: separator), headlineKeys.contains(BlockFilter.comparable(String(result[range.upperBound...]))) {
                    return String(result[range.upperBound...]).trimmingWhitespace()
                }
            }
        }
        return result.trimmingWhitespace()
    }

    /// The segment names the site, or is a bare domain such as `corriere.it`.
    private static func isSiteName(_ raw: Substring, _ site: String?) -> Bool {
        let segment = BlockFilter.comparable(String(raw))
        guard !segment.isEmpty else { return false }
        if let site, !site.isEmpty, segment == site || segment.hasPrefix(site) || site.hasPrefix(segment) { return true }
        return raw.contains(".") && !raw.contains(" ")
    }

    /// A byline without its leading "By", "Di", "Da" or "Par".
    static func strippingByPrefix(_ text: String) -> String {
        var collapser = WhitespaceCollapser()
        collapser.append(text)
        var result = collapser.result
        for prefix in ["by ", "di ", "da ", "par ", "von ", "written by ", "posted by ", "a cura di "]
        where result.lowercased().hasPrefix(prefix) {
            result = String(result.dropFirst(prefix.count))
            break
        }
        return result.trimmingWhitespace()
    }
}
