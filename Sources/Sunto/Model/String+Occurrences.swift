extension StringProtocol {
    /// Where `other` first occurs, comparing characters as `==` compares strings; `nil` for an
    /// empty `other`.
    ///
    /// The bytes are searched, and a match counts only where it starts and ends between two
    /// characters (" - " is not in " -\u{301} ", whose hyphen carries an accent). That is the
    /// same as comparing characters when no character of `other` has another canonical form, as
    /// for the ASCII and punctuation this is used with (title separators, notices). Foundation's
    /// `range(of:)` goes through `NSString`, and the standard library's generic search steps
    /// through characters: either cost a tenth of reading a web page.
    func firstOccurrence(of other: String) -> Range<Index>? {
        occurrence(of: other, last: false)
    }

    /// Where `other` last occurs, overlapping occurrences included ("a - - b" has " - " last at
    /// its second hyphen); `nil` for an empty `other`. Compared as ``firstOccurrence(of:)``.
    func lastOccurrence(of other: String) -> Range<Index>? {
        occurrence(of: other, last: true)
    }

    private func occurrence(of other: String, last: Bool) -> Range<Index>? {
        let text = String(self)
        var bytes = text
        var needle = other
        guard let found = bytes.withUTF8({ bytes in
            needle.withUTF8 { needle in Self.offsets(of: needle, in: bytes, last: last) { text.isCharacterBoundary(utf8Offset: $0) } }
        }) else { return nil }
        return utf8.index(startIndex, offsetBy: found.lowerBound)..<utf8.index(startIndex, offsetBy: found.upperBound)
    }

    /// The byte offsets of the first (or last) place `needle` stands in `bytes` with both ends
    /// on a character boundary.
    private static func offsets(
        of needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, last: Bool, isBoundary: (Int) -> Bool
    ) -> Range<Int>? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        let starts = stride(from: last ? bytes.count - needle.count : 0, through: last ? 0 : bytes.count - needle.count, by: last ? -1 : 1)
        for start in starts where bytes[start] == needle[0] {
            let end = start + needle.count
            guard bytes[start..<end].elementsEqual(needle), isBoundary(start), isBoundary(end) else { continue }
            return start..<end
        }
        return nil
    }
}

extension String {
    /// Whether the UTF-8 offset falls between two characters.
    fileprivate func isCharacterBoundary(utf8Offset offset: Int) -> Bool {
        String.Index(utf8.index(utf8.startIndex, offsetBy: offset), within: self) != nil
    }
}
