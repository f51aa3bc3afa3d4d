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

    @Test func keepsSubstringsAndBridgedTextWhole() {
        let line = "prima riga: città\nseconda"
        let tail = String(line.split(separator: ":")[1])
        #expect(Array(scalarsOf: tail) == Array(tail.unicodeScalars))
    }
}
