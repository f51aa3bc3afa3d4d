/// Tells HTML pages from plain text: by file name (`.html`, `.htm`, `.xhtml`, and the same with
/// `.gz`) or by content (`<!doctype html`, `<html`, gzip data).
public enum HTMLDetector {
    private static let extensions = [".html", ".htm", ".xhtml", ".html.gz", ".htm.gz", ".xhtml.gz"]

    /// Whether the file at `path` with content `bytes` is an HTML page.
    public static func isHTML(path: String, bytes: [UInt8]) -> Bool {
        let lower = path.lowercased()
        if extensions.contains(where: { lower.hasSuffix($0) }) { return true }
        if GzipReader.isGzip(bytes) { return lower.hasSuffix(".gz") || path == "-" }
        return looksLikeHTML(bytes)
    }

    /// Whether the text starts (after a BOM, whitespace and comments) like an HTML document.
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        var head = bytes.prefix(1024).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }[...]
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
        while let first = head.first, first == 0x20 || first == 0x09 || first == 0x0A || first == 0x0D { head = head.dropFirst() }
        for opening in ["<!doctype html", "<html", "<?xml", "<!--"] where head.starts(with: Array(opening.utf8)) {
            return opening.hasPrefix("<!d") || opening == "<html" || containsHTMLTag(head)
        }
        return false
    }

    private static func containsHTMLTag(_ bytes: ArraySlice<UInt8>) -> Bool {
        let needle = Array("<html".utf8)
        guard bytes.count >= needle.count else { return false }
        var index = bytes.startIndex
        while index <= bytes.endIndex - needle.count {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
