/// The parts of a range of bytes between separators (the fields of a line of the glossary
/// snapshot, the words of a form), found in place: where each part starts, in a list kept from
/// one split to the next.
///
/// The snapshot is read at every start, and a list of slices emptied and filled again for each
/// line checked its storage for every part; here a split writes numbers over the last ones.
struct ByteFields: RandomAccessCollection {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Part `i` is `bytes[bounds[i]..<bounds[i + 1] - 1]`.
    private var bounds: [Int] = []
    private(set) var count = 0

    init(of bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Splits `range` of the bytes at each `separator`, empty parts kept.
    mutating func split(_ range: Range<Int>, by separator: UInt8) {
        count = 0
        var start = range.lowerBound
        while true {
            set(count, to: start)
            count += 1
            guard let next = bytes.firstOffset(of: separator, from: start, to: range.upperBound) else { break }
            start = next + 1
        }
        set(count, to: range.upperBound + 1)
    }

    /// Splits `slice` (of the same bytes) at each `separator`.
    mutating func split(_ slice: Slice<UnsafeBufferPointer<UInt8>>, by separator: UInt8) {
        split(slice.startIndex..<slice.endIndex, by: separator)
    }

    @inline(__always) private mutating func set(_ bound: Int, to offset: Int) {
        if bound < bounds.count { bounds[bound] = offset } else { bounds.append(offset) }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(part: Int) -> Slice<UnsafeBufferPointer<UInt8>> {
        precondition(part >= 0 && part < count, "part \(part) of \(count)")
        return bytes[bounds[part]..<(bounds[part + 1] - 1)]
    }
}
