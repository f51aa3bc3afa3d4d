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

@Suite struct DateSourceTests {
    @Test(arguments: [
        ("https://www.giornale.example/2024/03/12/ponte-riaperto/", "2024-03-12"),
        ("https://www.giornale.example/cronaca/2024-03-12-ponte-riaperto", "2024-03-12"),
        ("https://blog.example%2Farticoli%2F2025-12-15%2BTitolo", "2025-12-15"),
        ("https://www.giornale.example/cronaca/ponte-riaperto", nil),
    ] as [(String, String?)])
    func dateInAURLPathIsFound(_ url: String, _ date: String?) {
        #expect(DateNormalizer.dateInURL(url) == date)
    }

    @Test(arguments: [
        ("<script>window.__STATE__={slug:\"ponte\",publishedDate:\"2019-08-16T00:00:00.000Z\"}</script>", "2019-08-16T00:00:00Z"),
        ("<script>{\\\"published_at\\\":\\\"2023-08-07 21:33:50\\\"}</script>", "2023-08-07T21:33:50"),
        ("<script>var titolo = \"ponte\";</script>", nil),
    ] as [(String, String?)])
    func dateDeclaredOnlyInAScriptIsFound(_ page: String, _ date: String?) {
        #expect(EmbeddedDateScanner.date(in: Array(page.utf8)) == date)
    }
}
