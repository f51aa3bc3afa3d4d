/// Turns the bytes of a text file into a string: UTF-8 (with or without BOM), UTF-16 with a BOM,
/// or Windows-1252/Latin-1 when the bytes are clearly that.
///
/// A file that is none of these (binary data, a different legacy encoding) is rejected with an
/// error naming the file rather than decoded into nonsense.
public struct TextDecoder: Sendable {
    /// The result of decoding.
    public struct Decoded: Sendable, Equatable {
        /// The text.
        public var text: String
        /// The encoding it was read as: `UTF-8`, `UTF-16LE`, `UTF-16BE` or `windows-1252`.
        public var encoding: String
    }

    /// Creates a decoder.
    public init() {}

    /// Decodes `bytes` read from `path`.
    ///
    /// - Throws: ``SuntoError/undecodable(path:reason:)`` for binary data or text in an
    ///   encoding sunto cannot recognise with confidence.
    public func decode(_ bytes: [UInt8], path: String) throws(SuntoError) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try utf8(bytes.dropFirst(3), path: path)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return try utf16(bytes.dropFirst(2), littleEndian: true, path: path) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try utf16(bytes.dropFirst(2), littleEndian: false, path: path) }
        if bytes.contains(0) {
            throw .undecodable(path: path, reason: "it holds NUL bytes (binary data, or UTF-16 without a byte-order mark)")
        }
        if let decoded = String(validating: bytes, as: UTF8.self) {
            try rejectControlCharacters(decoded, path: path)
            return Decoded(text: decoded, encoding: "UTF-8")
        }
        return try windows1252(bytes, path: path)
    }

    private func utf8(_ bytes: ArraySlice<UInt8>, path: String) throws(SuntoError) -> Decoded {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .undecodable(path: path, reason: "it starts with a UTF-8 byte-order mark but is not valid UTF-8")
        }
        try rejectControlCharacters(text, path: path)
        return Decoded(text: text, encoding: "UTF-8")
    }

    private func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool, path: String) throws(SuntoError) -> Decoded {
        guard bytes.count % 2 == 0 else {
            throw .undecodable(path: path, reason: "UTF-16 text with an odd number of bytes")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            throw .undecodable(path: path, reason: "invalid UTF-16")
        }
        try rejectControlCharacters(text, path: path)
        return Decoded(text: text, encoding: littleEndian ? "UTF-16LE" : "UTF-16BE")
    }

    /// Decodes bytes as Windows-1252 (a superset of Latin-1's printable range) when the bytes
    /// above 0x7F read as letters and typographic punctuation, as they do in Italian text.
    private func windows1252(_ bytes: [UInt8], path: String) throws(SuntoError) -> Decoded {
        var scalars = String.UnicodeScalarView()
        var high = 0
        var plausible = 0
        for byte in bytes {
            guard let scalar = Self.windows1252Scalar(byte) else {
                throw .undecodable(path: path, reason: "not UTF-8, and byte 0x\(String(byte, radix: 16, uppercase: true)) is undefined in Windows-1252")
            }
            if byte >= 0x80 {
                high += 1
                if scalar.properties.isAlphabetic || Self.typographic.contains(scalar.value) { plausible += 1 }
            }
            scalars.append(scalar)
        }
        guard plausible * 10 >= high * 9 else {
            throw .undecodable(path: path, reason: "not UTF-8, and not recognisably Windows-1252 or Latin-1 text")
        }
        let text = String(scalars)
        try rejectControlCharacters(text, path: path)
        return Decoded(text: text, encoding: "windows-1252")
    }

    /// Binary files often decode as valid UTF-8 or Latin-1; control characters give them away.
    private func rejectControlCharacters(_ text: String, path: String) throws(SuntoError) {
        // Counted on the UTF-8 bytes: every control character counted is one ASCII byte, and a
        // text has as many scalars as bytes that do not continue a sequence (10xxxxxx).
        // The scalars are counted only when there is a control character: nearly every text
        // has none, and one branch-free pass over the bytes tells.
        var controls = 0
        var total = 0
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes {
                let isControl = byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C
                controls &+= isControl ? 1 : 0
            }
            guard controls > 0 else { return }
            for byte in bytes where byte & 0xC0 != 0x80 { total += 1 }
        }
        if controls > 0, controls * 100 > total {
            throw .undecodable(path: path, reason: "\(controls) control characters: this looks like binary data")
        }
    }

    /// `’ ‘ “ ” – — … € • « »` and the like, which Windows-1252 places in 0x80–0x9F or 0xA0–0xBF.
    private static let typographic: Set<UInt32> = [
        0x20AC, 0x201A, 0x201E, 0x2026, 0x2020, 0x2021, 0x2030, 0x2039, 0x2018, 0x2019, 0x201C, 0x201D,
        0x2022, 0x2013, 0x2014, 0x2122, 0x203A, 0xA0, 0xAB, 0xBB, 0xB0, 0xA7, 0xA9, 0xAE, 0xB7, 0xA3,
    ]

    /// Windows-1252's mapping of 0x80–0x9F; the other bytes map to the same code point.
    private static let windows1252High: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]

    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar? {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        return windows1252High[Int(byte - 0x80)].flatMap(Unicode.Scalar.init)
    }
}
