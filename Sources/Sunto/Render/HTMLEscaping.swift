/// Escapes text from the article for HTML, so nothing an input carries can become markup.
///
/// Everything that comes from input — titles, sentences, glossary notes, paths, repair text —
/// goes through here. It escapes `&`, `<`, `>`, `"` and `'`, so an escaped string is safe in
/// element content and in a quoted attribute alike, and the page stays well-formed XML too; tab
/// and line breaks become character references, which keep them in an attribute value (an XML
/// parser would turn literal ones into spaces).
/// Characters HTML forbids in a document (C0 and C1 controls other than tab and line breaks,
/// noncharacters) become U+FFFD, so a damaged input cannot make the page invalid.
enum HTMLEscaping {
    /// Escapes `text` for element content or a quoted attribute value.
    static func escape(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            case "\t": result += "&#9;"
            default: result.unicodeScalars.append(isForbidden(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return result
    }

    /// Percent-encodes a relative path for an `href`, keeping `/` as the separator.
    ///
    /// A `:` is encoded, so a path such as `javascript:alert(1)` stays a relative path and can
    /// never be read as a URL scheme; so is a leading `/`, so `//host/x` cannot leave the folder.
    /// The result still needs ``escape(_:)`` for the attribute.
    static func relativeURL(_ path: String) -> String {
        var result = ""
        for (index, byte) in path.utf8.enumerated() {
            if isUnreservedInPath(byte), index > 0 || byte != UInt8(ascii: "/") {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return result
    }

    /// Whether `url` is an absolute http(s) URL, the only kind the report links to.
    static func isWebURL(_ url: String) -> Bool {
        let lowered = url.lowercased()
        return (lowered.hasPrefix("https://") || lowered.hasPrefix("http://"))
            && !url.unicodeScalars.contains { $0.value < 0x21 || $0 == "\"" || $0 == "<" || $0 == ">" }
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0xFDD0...0xFDEF: return true
        default: return value & 0xFFFE == 0xFFFE
        }
    }

    private static func isUnreservedInPath(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
            true
        default:
            false
        }
    }
}
