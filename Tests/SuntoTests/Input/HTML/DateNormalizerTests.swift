import Testing

@testable import Sunto

@Suite struct DateNormalizerTests {
    @Test(arguments: [
        ("2024-03-12T07:30:00+01:00", "2024-03-12T07:30:00+01:00"),
        ("2024-03-12T07:30:00.000Z", "2024-03-12T07:30:00Z"),
        ("2024-03-12 07:30", "2024-03-12T07:30:00"),
        ("2024-03-12T07:30:00+0100", "2024-03-12T07:30:00+01:00"),
        ("2024-03-12", "2024-03-12"),
        ("20240312", "2024-03-12"),
        ("12 marzo 2024", "2024-03-12"),
        ("Martedì 12 marzo 2024, 07:30", "2024-03-12"),
        ("March 12, 2024", "2024-03-12"),
        ("Tue, 12 Mar 2024 07:30:00 GMT", "2024-03-12"),
        ("12/03/2024", "2024-03-12"),
        ("03/25/2024", "2024-03-25"),
        ("1 dic. 2023", "2023-12-01"),
    ])
    func datesBecomeISO8601(_ text: String, _ iso: String) {
        #expect(DateNormalizer.iso8601(text) == iso)
    }

    @Test(arguments: ["", "ieri", "2024-13-40", "pagina 3 di 12"])
    func textWithoutADateGivesNil(_ text: String) {
        #expect(DateNormalizer.iso8601(text) == nil)
    }
}
