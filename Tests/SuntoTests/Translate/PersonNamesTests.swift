import Testing

@testable import Sunto

/// People's names are written as they stand, never read as the common words they resemble,
/// while capitalised common words and places keep their English.
struct PersonNamesTests {
    static let namesKept: [(italian: String, english: String)] = [
        ("Il sindaco Giuseppe Sala ha parlato.", "The mayor Giuseppe Sala spoke."),
        ("Marco Rossi ha detto che il governo è pronto.", "Marco Rossi said that the government is ready."),
        ("Romano Prodi ha incontrato Paolo Gentiloni.", "Romano Prodi met Paolo Gentiloni."),
        ("Ha parlato Ignazio La Russa.", "It spoke Ignazio La Russa."),
        ("Ha parlato Luigi Di Maio.", "It spoke Luigi Di Maio."),
        ("Secondo Meloni, la manovra è pronta.", "According to Meloni, the budget is ready."),
        ("Draghi ha detto che la crisi è finita.", "Draghi said that the crisis ended."),
        ("Il porto di Bari è chiuso.", "The port of Bari is closed."),
        ("Ha annunciato la candidatura a La Plata.", "He announced the nomination in La Plata."),
    ]

    static let commonWordsTranslated: [(italian: String, english: String)] = [
        ("Secondo i dati, la crisi è finita.", "According to the figures, the crisis ended."),
        ("Durante la riunione il ministro ha parlato.", "During the meeting the minister spoke."),
        ("Le Regioni hanno firmato.", "The Regions signed."),
        ("I Paesi hanno firmato.", "The countries signed."),
        ("Il governo ha parlato con la Casa Bianca.", "The government spoke with the White House."),
        ("Il ministro ha parlato a Roma.", "The minister spoke in Rome."),
        ("Papa Francesco ha parlato.", "Pope Francis spoke."),
    ]

    @Test(arguments: namesKept + commonWordsTranslated)
    func namesAndCommonWords(_ italian: String, _ english: String) {
        #expect(BuiltinTranslator().translate(sentence: italian) == english)
    }

    /// A first name English has no form of its own for is kept, not passed on from the pivot
    /// language (`Paolo`, never `Pau`); figures English names its own way are renamed.
    @Test(arguments: [("Paolo", "Paolo"), ("Giuseppe", "Giuseppe"), ("Luca", "Luca"), ("Platone", "Plato"), ("Omero", "Homer")])
    func firstNamesInTheLexicon(_ italian: String, _ english: String) {
        #expect(BuiltinLexicon.english(lemma: italian, pos: "np") == english)
    }
}
