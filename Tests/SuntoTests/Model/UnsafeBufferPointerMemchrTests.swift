import Testing

@testable import Sunto

@Suite struct UnsafeBufferPointerMemchrTests {
    private func offset(of byte: UInt8, in text: String, from: Int, to: Int? = nil) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer { $0.firstOffset(of: byte, from: from, to: to) }
    }

    @Test func theFirstByteAtOrAfterTheStartIsFound() {
        #expect(offset(of: 0x0A, in: "ab\ncd\nef", from: 0) == 2)
        #expect(offset(of: 0x0A, in: "ab\ncd\nef", from: 2) == 2)
        #expect(offset(of: 0x0A, in: "ab\ncd\nef", from: 3) == 5)
    }

    @Test func theSearchStopsBeforeTheLimit() {
        #expect(offset(of: 0x09, in: "key\tvalue", from: 0, to: 3) == nil)
        #expect(offset(of: 0x09, in: "key\tvalue", from: 0, to: 4) == 3)
        #expect(offset(of: 0x09, in: "key\tvalue", from: 0, to: 100) == 3)
    }

    @Test func anAbsentByteAnEmptyRangeOrAnEmptyBufferGiveNil() {
        #expect(offset(of: 0x7C, in: "no bar here", from: 0) == nil)
        #expect(offset(of: 0x61, in: "abc", from: 3) == nil)
        #expect(offset(of: 0x61, in: "abc", from: 2, to: 1) == nil)
        #expect(offset(of: 0x61, in: "", from: 0) == nil)
    }

    @Test func multibyteTextIsSearchedByBytes() {
        // "è" is C3 A8: a search for A8 finds its second byte, never a character boundary.
        #expect(offset(of: 0xA8, in: "perchè", from: 0) == 6)
        #expect(offset(of: 0x3B, in: "città;paese", from: 0) == 6)
    }
}
