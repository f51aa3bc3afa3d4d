import Foundation

/// Tidies titles and bylines as pages write them: the site's name after a `|` or `-`, a "By"/"Di"
/// before an author's name, runs of whitespace.
enum TitleCleaner {
    private static let separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " // "]

    /// The headline without the site name the page appends or prepends to it.
    static func clean(_ title: String, site: String?, pageTitle: String?) -> String {
        var collapser = WhitespaceCollapser()
        collapser.append(title)
        var result = collapser.result
        let siteKey = site.map(BlockFilter.comparable)
        for separator in separators {
            guard let range = result.range(of: separator, options: .backwards) else { continue }
            if isSiteName(result[range.upperBound...], siteKey) {
                result = String(result[..<range.lowerBound])
                break
            }
            if let head = result.range(of: separator), isSiteName(result[..<head.lowerBound], siteKey) {
                result = String(result[head.upperBound...])
                break
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
