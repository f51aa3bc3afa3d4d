import Testing

@testable import Sunto

@Suite struct TitleCleanerTests {
    @Test(arguments: [
        ("Ponte riaperto dopo otto mesi | Il Corriere della Valle", "Il Corriere della Valle", [], "Ponte riaperto dopo otto mesi"),
        ("Ponte riaperto dopo otto mesi - corrierevalle.it", nil, [], "Ponte riaperto dopo otto mesi"),
        ("Orto sul balcone • Verde in Città", nil, ["Orto sul balcone"], "Orto sul balcone"),
        ("Guida alle piste ciclabili | Comune di Borgo, TN", nil, ["Guida alle piste ciclabili"], "Guida alle piste ciclabili"),
        ("Rubrica salute: Dieci minuti di cammino", nil, ["Dieci minuti di cammino"], "Rubrica salute: Dieci minuti di cammino"),
        ("Il mercato torna in piazza - le novità", nil, ["Il mercato torna in piazza - le novità"], "Il mercato torna in piazza - le novità"),
    ] as [(String, String?, [String], String)])
    func theSiteNameIsTrimmedAndTheHeadlineKept(_ title: String, _ site: String?, _ headlines: [String], _ clean: String) {
        #expect(TitleCleaner.clean(title, site: site, headlines: headlines) == clean)
    }

    @Test func aSegmentIsKeptWhenTheHeadlineDoesNotTellItApart() {
        #expect(TitleCleaner.clean("Ponte riaperto | Cronaca", site: nil, headlines: ["Altro titolo"]) == "Ponte riaperto | Cronaca")
    }

    @Test func bylinePrefixesAreDropped() {
        #expect(TitleCleaner.strippingByPrefix("a cura di  Anna Verdi") == "Anna Verdi")
        #expect(TitleCleaner.strippingByPrefix("By Mario Rossi") == "Mario Rossi")
    }
}
