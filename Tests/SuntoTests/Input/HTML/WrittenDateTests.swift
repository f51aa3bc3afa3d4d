import Testing

@testable import Sunto

@Suite struct WrittenDateTests {
    @Test(arguments: [
        ("Friday, December 19, 2025", "2025-12-19", "Friday, "),
        ("Pubblicato il 3 marzo 2024 alle 10:15", "2024-03-03", "Pubblicato il "),
        ("3 de marzo de 2024", "2024-03-03", ""),
        ("published on the 21st of June 2017", "2017-06-21", "published on the "),
        ("5 min read February 6, 2026", "2026-02-06", "5 min read "),
        ("Sept. 5, 2024", "2024-09-05", ""),
        ("12.12.2025", "2025-12-12", ""),
        ("13/11/2025 09:21:40", "2025-11-13", ""),
        ("Aggiornato: 2024-03-12", "2024-03-12", "Aggiornato: "),
        ("le 4 juillet 2024", "2024-07-04", "le "),
        ("DECEMBER 22, 2022 Updated: JANUARY 02, 2026", "2022-12-22", ""),
    ])
    func theFirstDateInATextIsRead(_ text: String, _ iso: String, _ lead: String) throws {
        let date = try #require(WrittenDate(in: text[...]))
        #expect(date.iso == iso)
        #expect(date.lead == lead[...])
    }

    @Test(arguments: ["martedì 12", "pagina 3 di 12", "Ju 4 2024", "jui 4 2024", "12 marzo", "tra 3 e 12 anni, nel 2024", "12 marzo 1850"])
    func textWithoutADayAMonthAndAYearTogetherHasNoDate(_ text: String) {
        #expect(WrittenDate(in: text[...]) == nil)
    }
}
