import Testing

@testable import Sunto

/// A town whose name is also an Italian word is the town inside a sentence.
struct PlaceNamesTests {
    @Test(arguments: [
        ("La procura di Latina indaga.", "The prosecutor's office of Latina investigates."),
        ("Il sindaco di Potenza ha parlato.", "The mayor of Potenza spoke."),
        ("La nave è arrivata a Torino.", "The ship arrived in Turin."),
        // The common word stays a word.
        ("La potenza del motore è alta.", "The power of the engine is high."),
    ])
    func townsInsideASentence(_ italian: String, _ english: String) {
        #expect(BuiltinTranslator().translate(sentence: italian) == english)
    }

    @Test func everyTownIsWrittenWithACapital() {
        #expect(PlaceNames.towns.allSatisfy { $0.first?.isUppercase == true })
    }
}
