extension Array where Element == Unicode.Scalar {
    /// The Unicode scalars of `text`, decoded in one pass over its UTF-8, ASCII byte by byte.
    ///
    /// `Array(scalarsOf: text)` decodes the text twice (once to count the scalars, once to
    /// copy them); every stage turns whole articles into scalars, so this is on the hot path.
    init(scalarsOf text: String) {
        // An empty text gives the empty array itself: `unsafeUninitializedCapacity` with no
        // capacity would write the count into the one empty-array storage all threads share
        // (a data race under ThreadSanitizer, if a harmless one).
        guard !text.isEmpty else {
            self = []
            return
        }
        var text = text
        self = text.withUTF8 { bytes in
            // A string's UTF-8 is always valid, and never has fewer bytes than scalars.
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, count in
                var index = 0
                count = 0
                while index < bytes.count {
                    // Eight ASCII bytes at once, tested as one word: nearly all of Italian text.
                    if index + 8 <= bytes.count,
                        UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                    {
                        for offset in 0..<8 { scalars[count + offset] = Unicode.Scalar(bytes[index + offset]) }
                        index += 8
                        count += 8
                        continue
                    }
                    let lead = bytes[index]
                    if lead < 0x80 {
                        scalars[count] = Unicode.Scalar(lead)
                        index += 1
                    } else {
                        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                        var value = UInt32(lead) & (0x7F >> length)
                        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                        scalars[count] = Unicode.Scalar(value) ?? "\u{FFFD}"
                        index += length
                    }
                    count += 1
                }
            }
        }
    }
}
