import Testing

@testable import Sunto

/// The parts between separators are found in place, empty ones kept, and a split over the last
/// one's list shows only its own parts.
@Suite struct ByteFieldsTests {
    private func parts(_ text: String, splits ranges: [(Range<Int>, UInt8)]) -> [[String]] {
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            var fields = ByteFields(of: bytes)
            return ranges.map { range, separator in
                fields.split(range, by: separator)
                return fields.map { String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self) }
            }
        }
    }

    @Test func partsAreFoundWithEmptyOnesKept() {
        #expect(parts("a\tbb\t\tc", splits: [(0..<7, 0x09)]) == [["a", "bb", "", "c"]])
        #expect(parts("\t", splits: [(0..<1, 0x09)]) == [["", ""]])
        #expect(parts("", splits: [(0..<0, 0x09)]) == [[""]])
    }

    @Test func aShorterSplitAfterALongerOneShowsOnlyItsOwnParts() {
        let text = "a|b|c|d|e|f|g|h|i|j|k|l\nx y"
        #expect(parts(text, splits: [(0..<23, UInt8(ascii: "|")), (24..<27, 0x20), (0..<23, UInt8(ascii: "|"))]) == [
            ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"], ["x", "y"],
            ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"],
        ])
    }

    @Test func aSliceIsSplitWithinItsBounds() {
        let result = Array("k v|w z".utf8).withUnsafeBufferPointer { bytes in
            var fields = ByteFields(of: bytes)
            fields.split(bytes[4..<7], by: 0x20)
            return fields.map { Array($0) }
        }
        #expect(result == [Array("w".utf8), Array("z".utf8)])
    }
}
