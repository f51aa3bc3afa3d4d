/// A text as an array of Unicode scalars, for offset arithmetic and searching.
struct ScalarText {
    private let scalars: [Unicode.Scalar]

    init(_ text: String) {
        scalars = Array(scalarsOf: text)
    }

    var count: Int { scalars.count }

    /// The first occurrence of `needle` at or after `from`.
    func find(_ needle: String, from: Int) -> Range<Int>? {
        firstMatch(Array(scalarsOf: needle), from: from) { _ in true }
    }

    /// The first occurrence of `needle` at or after `from` that is a whole word: no letter or
    /// digit right before or after it.
    func findWord(_ needle: String, from: Int) -> Range<Int>? {
        firstMatch(Array(scalarsOf: needle), from: from) { range in
            !isWordScalar(at: range.lowerBound - 1) && !isWordScalar(at: range.upperBound)
        }
    }

    private func firstMatch(_ needle: [Unicode.Scalar], from: Int, where accept: (Range<Int>) -> Bool) -> Range<Int>? {
        guard !needle.isEmpty, needle.count <= scalars.count else { return nil }
        var start = max(0, from)
        while start + needle.count <= scalars.count {
            let range = start..<(start + needle.count)
            if scalars[range].elementsEqual(needle), accept(range) { return range }
            start += 1
        }
        return nil
    }

    private func isWordScalar(at index: Int) -> Bool {
        guard scalars.indices.contains(index) else { return false }
        let properties = scalars[index].properties
        return properties.isAlphabetic || properties.numericType != nil
    }
}
