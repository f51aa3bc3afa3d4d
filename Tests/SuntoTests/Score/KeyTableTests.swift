import Testing

@testable import Sunto

@Suite struct KeyTableTests {
    @Test func newKeysAreNumberedInTheOrderTheyArrive() {
        var table = KeyTable(capacity: 2)
        let keys: [UInt64] = (1...100).map { $0 &* 0x9E37_79B9 }
        #expect(keys.map { table.number(for: $0) } == Array(0..<100))
        #expect(keys.map { table.number(for: $0) } == Array(0..<100))
        #expect(table.count == 100)
    }

    @Test func aSetOfWordsHoldsTheirKeysAndNothingElse() {
        let table = KeyTable(words: ["gennaio", "Febbraio", "gennaio"])
        #expect(table.contains(ScoringTokenizer.key(of: "febbraio")))
        #expect(table.contains(ScoringTokenizer.key(of: "GENNAIO")))
        #expect(!table.contains(ScoringTokenizer.key(of: "marzo")))
        #expect(table.count == 2)
    }

    @Test func theKeyZeroIsAKeyLikeAnyOther() {
        var table = KeyTable()
        #expect(!table.contains(0))
        #expect(table.number(for: 7) == 0)
        #expect(table.number(for: 0) == 1)
        #expect(table.contains(0) && table.value(for: 0) == 1)
    }
}
