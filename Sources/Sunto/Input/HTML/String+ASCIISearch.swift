extension StringProtocol {
    /// Whether the text contains `needle`, compared byte for byte with ASCII letters folded to
    /// lower case (`needle` must be lower-case). Cheaper than Foundation's locale-aware search,
    /// which showed in the profile for attribute and URL checks.
    func containsASCIICaseFolded(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        let bytes = Array(utf8)
        guard bytes.count >= pattern.count else { return false }
        var index = 0
        while index <= bytes.count - pattern.count {
            if bytes[index] | 0x20 == first | 0x20 {
                var offset = 1
                while offset < pattern.count, Self.folded(bytes[index + offset]) == pattern[offset] { offset += 1 }
                if offset == pattern.count { return true }
            }
            index += 1
        }
        return false
    }

    private static func folded(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
