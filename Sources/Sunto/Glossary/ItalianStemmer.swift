import CStemmer

/// Snowball's Italian stemmer (libstemmer, Debian `libstemmer-dev`).
///
/// Chosen over a hand-written list of suffixes because it handles the whole of Italian
/// inflection (number and gender, -co/-chi, -ca/-che, -io/-i, accented endings) and is the
/// stemmer search engines use for Italian. A Snowball stemmer object is not thread-safe, so each
/// matcher run makes its own (cheap) and the type is not `Sendable`.
final class ItalianStemmer {
    private let stemmer: OpaquePointer?
    private var cache: [String: String] = [:]

    init() {
        stemmer = sb_stemmer_new("italian", "UTF_8")
    }

    deinit {
        if let stemmer { sb_stemmer_delete(stemmer) }
    }

    /// The stem of a lowercased word.
    func stem(_ word: String) -> String {
        if let cached = cache[word] { return cached }
        guard let stemmer else { return word }
        var utf8 = Array(word.utf8)
        let result: String = utf8.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress,
                let stemmed = sb_stemmer_stem(stemmer, base, Int32(buffer.count))
            else { return word }
            let length = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: stemmed, count: length), as: UTF8.self)
        }
        if cache.count < 100_000 { cache[word] = result }
        return result
    }
}
