import Crypto

/// The first 128 bits of a SHA-256: a compact key for tables with one row per input, where
/// keeping whole paths and hex digests would make memory grow with the folder.
struct Digest128: Hashable, Sendable {
    var high: UInt64
    var low: UInt64

    /// The digest of `text`'s UTF-8 bytes.
    init(of text: String) {
        var high: UInt64 = 0
        var low: UInt64 = 0
        for (index, byte) in SHA256.hash(data: Array(text.utf8)).prefix(16).enumerated() {
            if index < 8 { high = high << 8 | UInt64(byte) } else { low = low << 8 | UInt64(byte) }
        }
        self.high = high
        self.low = low
    }
}
