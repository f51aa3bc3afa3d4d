/// The shapes of a set of words: each one's first scalar (everything beyond ASCII as one) and
/// length (31 scalars and more as one). A text word whose shape no listed word has is none of
/// them, which rules out most words before any string is made or hashed.
struct WordShapes: Sendable {
    private var table = [Bool](repeating: false, count: 129 * 32)

    /// The shapes of `words`.
    init(_ words: some Sequence<String>) {
        for word in words {
            guard let first = word.unicodeScalars.first else { continue }
            table[Self.index(first: first, length: word.unicodeScalars.count)] = true
        }
    }

    /// Whether some word has this first scalar and length.
    func contains(first: Unicode.Scalar, length: Int) -> Bool {
        table[Self.index(first: first, length: length)]
    }

    private static func index(first: Unicode.Scalar, length: Int) -> Int {
        min(Int(first.value), 128) * 32 + min(length, 31)
    }
}
