import Testing

@testable import Sunto

/// Decoding a string into scalars in one pass gives exactly what its scalar view holds.
@Suite struct ArrayScalarsTests {
    @Test(arguments: [
        "", "a", "Il governo ha deciso.", "perché è già lì", "«Così», disse l’assessore",
        "Zürich – Ελλάδα – Москва", "北京 東京", "emoji 👩🏽‍⚕️ e 🇮🇹", "e\u{301} composta", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
    ])
    func matchesTheScalarView(text: String) {
        #expect(Array(scalarsOf: text) == Array(text.unicodeScalars))
    }

    /// Runs of ASCII are decoded eight bytes at a time: a character of two, three or four
    /// bytes at every place of a longer text, and texts of every length around eight.
    @Test(arguments: ["è", "’", "🇮", "\u{80}"])
    func matchesTheScalarViewAroundRunsOfASCII(other: String) {
        for length in 0...20 {
            let ascii = String("Il governo ha deciso".prefix(length))
            #expect(Array(scalarsOf: ascii) == Array(ascii.unicodeScalars))
            for place in 0...length {
                let text = String(ascii.prefix(place)) + other + String(ascii.dropFirst(place))
                #expect(Array(scalarsOf: text) == Array(text.unicodeScalars), "\(text)")
            }
        }
    }

    /// Encoding scalars back gives the text, from an array, a slice of one, or any collection,
    /// scalars of one to four bytes alike.
    @Test(arguments: [
        "", "a", "perché è già lì", "«Così», disse l’assessore", "Zürich – Ελλάδα – Москва", "北京 東京",
        "emoji 👩🏽‍⚕️ e 🇮🇹", "e\u{301} composta", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
    ])
    func encodingTheScalarsGivesTheText(text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(String(scalars: scalars) == text)
        #expect(String(scalars: scalars[...]) == text)
        #expect(String(scalars: text.unicodeScalars) == text)
        guard scalars.count > 2 else { return }
        let inner = scalars[1..<scalars.count - 1]
        #expect(String(scalars: inner) == String(String.UnicodeScalarView(inner)))
    }

    @Test func keepsSubstringsAndBridgedTextWhole() {
        let line = "prima riga: città\nseconda"
        let tail = String(line.split(separator: ":")[1])
        #expect(Array(scalarsOf: tail) == Array(tail.unicodeScalars))
    }

    /// Empty texts decoded on many tasks at once (edits that delete make one each): no task
    /// writes to storage another reads (checked under ThreadSanitizer by scripts/sanitizers).
    @Test func emptyTextsDecodeOnManyTasksAtOnce() async {
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask { (0..<1_000).allSatisfy { _ in Array(scalarsOf: "").isEmpty } }
            }
            for await empty in group { #expect(empty) }
        }
    }
}
