/// Chooses how libxml2 should read a page's bytes.
///
/// libxml2 is left to decide (`nil`) where it decides right: a byte-order mark, ASCII-only bytes,
/// a legacy charset that its `<meta>` declares. It is overridden where it goes wrong: bytes that
/// are valid UTF-8 with non-ASCII characters are read as UTF-8 whatever a stale declaration says
/// (libxml2 2.9 reads non-ASCII text that comes before an HTML5 `<meta charset>` as Latin-1);
/// Latin-1 labels and undeclared legacy bytes are read as Windows-1252 (its superset, as browsers
/// do, so `€ “ ” ’ –` survive instead of becoming C1 control characters). Latin-9 (ISO-8859-15)
/// is not a Latin-1 label: it puts `€` where Latin-1 and Windows-1252 have `¤`, and Italian pages
/// declared in it write `€` there.
struct HTMLEncodingSniffer {
    /// The decision.
    struct Choice: Equatable {
        /// The encoding to pass to libxml2, `nil` to let it follow the page.
        var forced: String?
        /// The encoding to report in ``SourceInfo/encoding``.
        var name: String
        /// A note for the reader when the page's own declaration was wrong or missing.
        var warning: String?
    }

    /// How far into the page a `<meta charset>` is looked for (browsers look at 1 KiB; saved
    /// pages often carry long comments and scripts first).
    static let prescanBytes = 8192

    private static let latinLabels: Set<String> = [
        "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "cp1252", "windows-1252", "x-cp1252",
        "us-ascii", "ascii",
    ]

    private static let latin9Labels: Set<String> = ["iso-8859-15", "iso8859-15", "iso_8859-15", "latin-9", "latin9", "l9", "csisolatin9"]

    /// Decides how to read `bytes`.
    static func choose(for bytes: [UInt8]) -> Choice {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return Choice(forced: nil, name: "UTF-8") }
        if bytes.starts(with: [0xFF, 0xFE]) { return Choice(forced: nil, name: "UTF-16LE") }
        if bytes.starts(with: [0xFE, 0xFF]) { return Choice(forced: nil, name: "UTF-16BE") }
        let utf8 = UTF8Check(bytes)
        let declared = declaredCharset(in: bytes)
        let declaresUTF8 = declared == "utf-8" || declared == "utf8"
        if utf8.isValid {
            guard utf8.hasMultibyte else { return Choice(forced: nil, name: "UTF-8") }
            let stale = declared.flatMap { declaresUTF8 ? nil : "declared \($0) but is UTF-8: read as UTF-8" }
            return Choice(forced: "UTF-8", name: "UTF-8", warning: stale)
        }
        guard let declared else {
            return Choice(forced: "windows-1252", name: "windows-1252", warning: "no charset declared and not UTF-8: read as windows-1252")
        }
        if declaresUTF8 {
            if utf8.isMostlyValid { return Choice(forced: "UTF-8", name: "UTF-8", warning: "declared UTF-8 but holds invalid bytes") }
            return Choice(forced: "windows-1252", name: "windows-1252", warning: "declared UTF-8 but is not: read as windows-1252")
        }
        if latinLabels.contains(declared) { return Choice(forced: "windows-1252", name: "windows-1252") }
        if latin9Labels.contains(declared) { return Choice(forced: "ISO-8859-15", name: "ISO-8859-15") }
        return Choice(forced: nil, name: declared)
    }

    /// The charset named by a `<meta charset>`, a `<meta http-equiv content="…; charset=…">` or
    /// an XML declaration near the start of the page, lower-cased.
    static func declaredCharset(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(prescanBytes).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        if head.starts(with: Array("<?xml".utf8)), let value = value(after: Array("encoding".utf8), in: head, from: 0) {
            return value
        }
        var searchFrom = 0
        while let hit = find(Array("charset".utf8), in: head, from: searchFrom) {
            searchFrom = hit + 7
            guard let open = head[..<hit].lastIndex(of: UInt8(ascii: "<")),
                  head[open...].starts(with: Array("<meta".utf8)),
                  !head[open..<hit].contains(UInt8(ascii: ">"))
            else { continue }
            if let value = value(after: Array("charset".utf8), in: head, from: hit) { return value }
        }
        return nil
    }

    /// The value after `name` `=` with optional spaces and quotes.
    private static func value(after name: [UInt8], in bytes: [UInt8], from start: Int) -> String? {
        guard let hit = find(name, in: bytes, from: start) else { return nil }
        var index = hit + name.count
        func skip(_ set: [UInt8]) { while index < bytes.count, set.contains(bytes[index]) { index += 1 } }
        skip(Array(" \t\n\r".utf8))
        guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        skip(Array(" \t\n\r\"'".utf8))
        let start = index
        while index < bytes.count, isLabelByte(bytes[index]) { index += 1 }
        guard index > start else { return nil }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D || byte == 0x5F || byte == 0x2E || byte == 0x3A
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

/// A single pass over bytes that says whether they are UTF-8.
private struct UTF8Check {
    var isValid = true
    var hasMultibyte = false
    /// Fewer than one invalid sequence per 1,000 bytes: UTF-8 with a few damaged characters.
    var isMostlyValid = true

    init(_ bytes: [UInt8]) {
        var invalid = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let length = byte >= 0xF0 && byte <= 0xF4 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC2 && byte < 0xE0 ? 2 : 0
            var valid = length > 0 && index + length <= count
            if valid {
                for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { valid = false }
            }
            if valid {
                hasMultibyte = true
                index += length
            } else {
                invalid += 1
                index += 1
            }
        }
        isValid = invalid == 0
        isMostlyValid = invalid * 1000 < max(count, 1)
    }
}
