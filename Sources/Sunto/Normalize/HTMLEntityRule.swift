/// Decodes HTML character references left in text by scrapers: `&amp;`, `&nbsp;`, `&egrave;`,
/// `&#8217;`, `&#x2019;`.
///
/// Only well-formed references (with the final `;`) to known names are decoded, so "R&D" or
/// "AT&T" stay as they are.
struct HTMLEntityRule: NormalizationRule {
    let name = "html-entities"

    func edits(in text: [Unicode.Scalar]) -> [Edit] {
        var edits: [Edit] = []
        var index = 0
        while true {
            index = text.nextIndex(from: index) { $0 == "&" }
            guard index < text.count else { break }
            guard let (end, replacement) = reference(in: text, at: index) else {
                index += 1
                continue
            }
            edits.append(Edit(index..<end, scalars: [replacement]))
            index = end
        }
        return edits
    }

    private func reference(in text: [Unicode.Scalar], at start: Int) -> (Int, Unicode.Scalar)? {
        var cursor = start + 1
        var name = ""
        while cursor < text.count, cursor - start <= 10, text[cursor] != ";" {
            let scalar = text[cursor]
            guard scalar.isASCII, scalar.properties.isAlphabetic || scalar.isDigit || scalar == "#" else { return nil }
            name.unicodeScalars.append(scalar)
            cursor += 1
        }
        guard cursor < text.count, text[cursor] == ";", !name.isEmpty else { return nil }
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return (cursor + 1, scalar)
        }
        guard let value = Self.named[name], let scalar = Unicode.Scalar(value) else { return nil }
        // Space-like references become a plain space at once, so the repair shows what stays.
        return (cursor + 1, Self.spaces.contains(value) ? " " : scalar)
    }

    private static let spaces: Set<UInt32> = [0xA0, 0x2002, 0x2003, 0x2009]

    /// The named references that occur in news text: markup, Latin-1 letters and typography.
    static let named: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0,
        "laquo": 0xAB, "raquo": 0xBB, "lsquo": 0x2018, "rsquo": 0x2019, "ldquo": 0x201C, "rdquo": 0x201D,
        "sbquo": 0x201A, "bdquo": 0x201E, "ndash": 0x2013, "mdash": 0x2014, "hellip": 0x2026, "bull": 0x2022,
        "middot": 0xB7, "deg": 0xB0, "euro": 0x20AC, "pound": 0xA3, "dollar": 0x24, "cent": 0xA2, "yen": 0xA5,
        "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "sect": 0xA7, "para": 0xB6, "shy": 0xAD, "times": 0xD7,
        "divide": 0xF7, "plusmn": 0xB1, "frac12": 0xBD, "frac14": 0xBC, "frac34": 0xBE, "permil": 0x2030,
        "ordf": 0xAA, "ordm": 0xBA, "iexcl": 0xA1, "iquest": 0xBF, "thinsp": 0x2009, "ensp": 0x2002, "emsp": 0x2003,
        "zwj": 0x200D, "zwnj": 0x200C, "prime": 0x2032, "Prime": 0x2033, "lsaquo": 0x2039, "rsaquo": 0x203A,
        "Agrave": 0xC0, "Aacute": 0xC1, "Acirc": 0xC2, "Atilde": 0xC3, "Auml": 0xC4, "Aring": 0xC5, "AElig": 0xC6,
        "Ccedil": 0xC7, "Egrave": 0xC8, "Eacute": 0xC9, "Ecirc": 0xCA, "Euml": 0xCB, "Igrave": 0xCC, "Iacute": 0xCD,
        "Icirc": 0xCE, "Iuml": 0xCF, "ETH": 0xD0, "Ntilde": 0xD1, "Ograve": 0xD2, "Oacute": 0xD3, "Ocirc": 0xD4,
        "Otilde": 0xD5, "Ouml": 0xD6, "Oslash": 0xD8, "Ugrave": 0xD9, "Uacute": 0xDA, "Ucirc": 0xDB, "Uuml": 0xDC,
        "Yacute": 0xDD, "THORN": 0xDE, "szlig": 0xDF, "agrave": 0xE0, "aacute": 0xE1, "acirc": 0xE2, "atilde": 0xE3,
        "auml": 0xE4, "aring": 0xE5, "aelig": 0xE6, "ccedil": 0xE7, "egrave": 0xE8, "eacute": 0xE9, "ecirc": 0xEA,
        "euml": 0xEB, "igrave": 0xEC, "iacute": 0xED, "icirc": 0xEE, "iuml": 0xEF, "eth": 0xF0, "ntilde": 0xF1,
        "ograve": 0xF2, "oacute": 0xF3, "ocirc": 0xF4, "otilde": 0xF5, "ouml": 0xF6, "oslash": 0xF8, "ugrave": 0xF9,
        "uacute": 0xFA, "ucirc": 0xFB, "uuml": 0xFC, "yacute": 0xFD, "thorn": 0xFE, "yuml": 0xFF,
        "Scaron": 0x160, "scaron": 0x161, "Zcaron": 0x17D, "zcaron": 0x17E, "OElig": 0x152, "oelig": 0x153,
    ]
}
