import Testing

@testable import Sunto

/// A scalar-keyed table finds words by their scalars, answers nil for words it does not hold,
/// keeps the first answer for a word, and stops growing at its capacity.
@Suite struct ScalarKeyedTableTests {
    private let text = Array(scalarsOf: "accordo banca accordi città Accordo accordo")

    /// The ranges of the words of `text` (split on spaces).
    private var words: [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for index in text.indices where text[index] == " " {
            ranges.append(start..<index)
            start = index + 1
        }
        ranges.append(start..<text.count)
        return ranges
    }

    @Test func findsStoredWordsByTheirScalarsOnly() {
        let table = ScalarKeyedTable<Int>(capacity: 10)
        let words = words
        table.store(text[words[0]], 1)
        table.store(text[words[3]], 4)
        var answers: [Int?] = []
        table.values(of: words, in: text, into: &answers)
        // "Accordo" is another word than "accordo"; the last "accordo" is found like the first.
        #expect(answers == [1, nil, nil, 4, nil, 1])
        #expect(table.value(of: text[words[5]]) == 1)
        #expect(table.value(of: text[words[1]]) == nil)
    }

    @Test func keepsTheFirstAnswerAndStopsAtCapacity() {
        let table = ScalarKeyedTable<Int>(capacity: 2)
        let words = words
        table.store(text[words[0]], 1)
        table.store(text[words[0]], 2)
        table.store(text[words[1]], 3)
        table.store(text[words[2]], 4)
        #expect(table.value(of: text[words[0]]) == 1)
        #expect(table.value(of: text[words[2]]) == nil)
        #expect(table.storedCount == 2)
    }

    @Test func growsPastItsFirstSlotsWithoutLosingWords() {
        let table = ScalarKeyedTable<Int>(capacity: 5_000)
        let numbers = (0..<2_000).map { Array(scalarsOf: "parola\($0)") }
        for (value, word) in numbers.enumerated() { table.store(word[...], value) }
        #expect(numbers.indices.allSatisfy { table.value(of: numbers[$0][...]) == $0 })
        #expect(table.storedCount == 2_000)
    }

    /// Short words are kept inside their slot, longer ones and ones with letters past U+00FF in
    /// a separate store: both kinds are found, and words that differ only past the eighth letter,
    /// or only by such a letter, stay apart.
    @Test(arguments: [
        ["governo", "governi", "ministro", "ministri"],
        ["presidente", "presidenti", "presidentessa"],
        ["Ελλάδα", "Ελλάδας", "Ελλαδα"],
        ["città", "citta", "cittá"],
    ])
    func findsShortLongAndNonLatinWords(words: [String]) {
        let table = ScalarKeyedTable<Int>(capacity: 100)
        let keys = words.map { Array(scalarsOf: $0) }
        for (value, key) in keys.enumerated().dropLast() { table.store(key[...], value) }
        for (value, key) in keys.enumerated().dropLast() { #expect(table.value(of: key[...]) == value) }
        #expect(table.value(of: keys[keys.count - 1][...]) == nil)
    }

    /// Threads that read and store at once each see either no answer or the one stored.
    @Test func threadsReadAndStoreAtOnce() async {
        let table = ScalarKeyedTable<Int>(capacity: 10_000)
        let words = (0..<2_000).map { Array(scalarsOf: "voce\($0)") }
        let consistent = await withTaskGroup(of: Bool.self) { group in
            for worker in 0..<4 {
                group.addTask {
                    var ok = true
                    for (value, word) in words.enumerated() where value % 4 == worker { table.store(word[...], value) }
                    for (value, word) in words.enumerated() {
                        if let found = table.value(of: word[...]), found != value { ok = false }
                    }
                    return ok
                }
            }
            return await group.allSatisfy { $0 }
        }
        #expect(consistent)
        #expect(words.indices.allSatisfy { table.value(of: words[$0][...]) == $0 })
    }
}
