import Testing

@testable import Sunto

/// A word's shape is its first scalar and its length: a text word of a shape no listed word has
/// is ruled out, and any word of a listed shape is let through.
@Suite struct WordShapesTests {
    let shapes = WordShapes(["marzo", "Zelenskyj", "città", "Ölfeld", String(repeating: "a", count: 40)])

    @Test func listedShapesAreLetThrough() {
        #expect(shapes.contains(first: "m", length: 5))
        #expect(shapes.contains(first: "Z", length: 9))
        #expect(shapes.contains(first: "c", length: 5))  // "città" counts scalars, not bytes
    }

    @Test func otherShapesAreRuledOut() {
        #expect(!shapes.contains(first: "m", length: 6))
        #expect(!shapes.contains(first: "M", length: 5))  // the first scalar as written
        #expect(!shapes.contains(first: "z", length: 9))
        #expect(!shapes.contains(first: "x", length: 5))
    }

    /// Scalars beyond ASCII share one shape, as do lengths of 31 and more.
    @Test func scalarsBeyondASCIIAndLongWordsShareAShape() {
        #expect(shapes.contains(first: "Ä", length: 6))
        #expect(!shapes.contains(first: "Ä", length: 5))
        #expect(shapes.contains(first: "a", length: 31) && shapes.contains(first: "a", length: 90))
        #expect(!shapes.contains(first: "a", length: 30))
    }
}
