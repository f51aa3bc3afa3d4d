import Testing

@testable import Sunto

/// Capitals and acronyms read from bytes for ASCII words answer as the character-based reading
/// does, and other words are read by their characters.
@Suite struct StringCapitalsTests {
    @Test(arguments: ["Roma", "roma", "", "1990", "Èlite", "èlite", "Ωmega", "ωmega", "«Sì»", "E\u{301}", "USA"])
    func startsUppercaseAsItsFirstCharacter(text: String) {
        #expect(text.startsUppercase == (text.first?.isUppercase == true))
    }

    /// Only the first character changes, as a whole grapheme: an accent typed as a combining
    /// mark stays on its letter, and the German ß becomes two letters.
    @Test(arguments: [
        ("parlamento europeo", "Parlamento europeo"), ("", ""), ("èlite", "Èlite"), ("e\u{301}lite", "E\u{301}lite"),
        ("ßtraße", "SStraße"), ("USA", "USA"), ("1990 anni", "1990 anni"), ("an", "An"),
    ])
    func firstUppercasedChangesTheFirstCharacterOnly(text: String, expected: String) {
        #expect(text.firstUppercased == expected)
    }

    @Test(arguments: [
        ("USA", true), ("G7", true), ("NATO", true), ("UE", true), ("ÖVP", true), ("ΕΕ", true),
        ("A", false), ("1990", false), ("G77777", true), ("FRANCIA", false), ("Nato", false), ("U.S.", false), ("", false),
    ])
    func acronymsAreTwoToSixCapitalsWithALetter(text: String, acronym: Bool) {
        #expect(text.isAcronym == acronym)
    }
}
