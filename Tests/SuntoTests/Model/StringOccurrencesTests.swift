import Testing

@testable import Sunto

@Suite struct StringOccurrencesTests {
    @Test func theFirstAndLastOccurrencesAreFound() {
        let title = "Il vertice di Roma | Cronaca | Il Quotidiano"
        #expect(title.firstOccurrence(of: " | ").map { title[..<$0.lowerBound] } == "Il vertice di Roma")
        #expect(title.lastOccurrence(of: " | ").map { title[$0.upperBound...] } == "Il Quotidiano")
        #expect(title.firstOccurrence(of: " – ") == nil)
        #expect(title.lastOccurrence(of: " – ") == nil)
    }

    @Test func anOverlappingLastOccurrenceIsTheLastOne() {
        let text = "a - - b"
        let last = text.lastOccurrence(of: " - ")
        #expect(last.map { text.distance(from: text.startIndex, to: $0.lowerBound) } == 3)
    }

    @Test func charactersAreComparedWhole() {
        let text = "Perché è così – Roma"
        #expect(text.firstOccurrence(of: "è").map { text.distance(from: text.startIndex, to: $0.lowerBound) } == 7)
        #expect(text.lastOccurrence(of: " – ").map { text[$0.upperBound...] } == "Roma")
        // A separator followed by a combining accent is another character, not the separator.
        #expect("a -\u{301} b".firstOccurrence(of: " - ") == nil)
        #expect("originally published on".dropFirst(11).firstOccurrence(of: "published") != nil)
    }

    @Test func anEmptySearchFindsNothing() {
        #expect("abc".firstOccurrence(of: "") == nil)
        #expect("abc".lastOccurrence(of: "") == nil)
        #expect("".lastOccurrence(of: "a") == nil)
    }
}
