#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A read-only table of `key<TAB>value` lines sorted by the bytes of their keys, searched in
/// place by bisection.
///
/// The text is a static string compiled into the binary, so a table costs nothing to load: the
/// first lookup touches only the pages it reads.
struct SortedLineTable: Sendable {
    private let text: StaticString

    /// Wraps `text`: lines `key\tvalue` joined by `\n`, sorted bytewise by key, no duplicates.
    init(_ text: StaticString) {
        self.text = text
    }

    /// The value stored for `key`, or `nil`.
    func value(for key: String) -> Substring? {
        var key = key
        return key.withUTF8 { needle in
            text.withUTF8Buffer { bytes in
                guard let range = Self.find(needle, in: bytes) else { return nil }
                return Substring(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            }
        }
    }

    /// Every key, in table order (reads the whole table: for small tables).
    var keys: [String] {
        var keys: [String] = []
        forEachKey { keys.append(String(decoding: $0, as: UTF8.self)) }
        return keys
    }

    /// Calls `body` with the bytes of every key, in table order, without making strings.
    func forEachKey(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        text.withUTF8Buffer { bytes in
            var start = 0
            while start < bytes.count {
                let (tab, end) = Self.line(from: start, in: bytes)
                body(UnsafeBufferPointer(rebasing: bytes[start..<tab]))
                start = end + 1
            }
        }
    }

    /// The values, without `valuePrefix`, of every line whose key ends with `keySuffix` and whose
    /// value starts with `valuePrefix`, in table order. Reads the whole table on bytes, jumping
    /// from tab to line break with `memchr` (a one-article run reads the whole word table this
    /// way at start-up); a string is made only for the lines that qualify.
    func values(keySuffix: String, valuePrefix: String) -> [String] {
        let suffix = Array(keySuffix.utf8)
        let prefix = Array(valuePrefix.utf8)
        return text.withUTF8Buffer { bytes in
            guard let base = bytes.baseAddress else { return [] }
            var found: [String] = []
            var start = 0
            while start < bytes.count {
                let (tab, end) = Self.line(from: start, in: bytes)
                let value = min(tab + 1, end)
                if tab - start >= suffix.count, end - value >= prefix.count,
                    memcmp(base + tab - suffix.count, suffix, suffix.count) == 0, memcmp(base + value, prefix, prefix.count) == 0
                {
                    found.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[(value + prefix.count)..<end]), as: UTF8.self))
                }
                start = end + 1
            }
            return found
        }
    }

    /// The number of lines, for diagnostics (counts newlines, so it reads the whole table).
    var count: Int {
        text.withUTF8Buffer { bytes in bytes.isEmpty ? 0 : bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } }
    }

    private static func find(_ key: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var low = 0
        var high = bytes.count
        while low < high {
            var start = (low + high) / 2
            while start > low, bytes[start - 1] != 0x0A { start -= 1 }
            let (tab, end) = line(from: start, in: bytes)
            switch compare(key, UnsafeBufferPointer(rebasing: bytes[start..<tab])) {
            case .equal: return min(tab + 1, end)..<end
            case .less: high = start
            case .greater: low = end + 1
            }
        }
        return nil
    }

    /// The line that begins at `start`: where its key ends (its first tab, or its end when it
    /// has none) and where it ends (its line break, or the end of the table). Found with
    /// `memchr`: every lookup reads whole lines, most of each forwards.
    private static func line(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (tab: Int, end: Int) {
        let end = bytes.firstOffset(of: 0x0A, from: start) ?? bytes.count
        return (bytes.firstOffset(of: 0x09, from: start, to: end) ?? end, end)
    }

    private enum Order { case less, equal, greater }

    private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Order {
        for index in 0..<min(a.count, b.count) where a[index] != b[index] {
            return a[index] < b[index] ? .less : .greater
        }
        return a.count == b.count ? .equal : (a.count < b.count ? .less : .greater)
    }
}
