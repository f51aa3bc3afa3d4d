import Testing

@testable import Sunto

@Suite struct HTMLArticleExtractorTests {
    let extractor = HTMLArticleExtractor()

    /// Each page is a realistic Italian news template; the `.txt` beside it is the expected text.
    @Test(arguments: [
        ("quotidiano-nazionale.html", "quotidiano-nazionale.txt", "UTF-8"),
        ("quotidiano-nazionale.html.gz", "quotidiano-nazionale.txt", "UTF-8"),
        ("gazzetta-windows-1252.html", "gazzetta-windows-1252.txt", "windows-1252"),
        ("corriere-borgo-latin1.html", "corriere-borgo-latin1.txt", "windows-1252"),
        ("agenzia-bom.html", "agenzia-bom.txt", "UTF-8"),
        ("blog-wordpress.html", "blog-wordpress.txt", "UTF-8"),
    ])
    func articleTextOfItalianNewsPagesIsExactlyTheArticle(_ page: String, _ expected: String, _ encoding: String) throws {
        let article = try extractor.extract(HTMLFixtures.bytes(page), path: page)
        #expect(article.text + "\n" == (try HTMLFixtures.text(expected)))
        #expect(article.encoding == encoding)
    }

    @Test func boilerplateOfANewsPageIsLeftOut() throws {
        let text = try extractor.extract(HTMLFixtures.bytes("quotidiano-nazionale.html"), path: "p.html").text
        for boilerplate in [
            "cookie", "Cronaca", "Facebook", "foto di archivio", "Leggi anche", "Pubblicità", "RIPRODUZIONE",
            "viabilità", "newsletter", "Articoli correlati", "Finalmente", "I più letti", "Tutti i diritti",
        ] {
            #expect(!text.contains(boilerplate), "\(boilerplate) should be left out")
        }
    }

    @Test func headingsQuotesAndListItemsKeepTheirKind() throws {
        let blocks = try extractor.extract(HTMLFixtures.bytes("quotidiano-nazionale.html"), path: "p.html").blocks
        #expect(blocks.first { $0.kind == .heading }?.text == "I disagi dei pendolari")
        #expect(blocks.filter { $0.kind == .quote }.count == 1)
        #expect(blocks.filter { $0.kind == .listItem }.count == 2)
    }

    @Test func metadataOfEachFixtureComesFromTheMostTrustedSource() throws {
        let national = try extractor.extract(HTMLFixtures.bytes("quotidiano-nazionale.html"), path: "p.html").metadata
        #expect(national == Metadata(
            title: "Ponte sul fiume Sesia, riapre la statale dopo otto mesi di lavori",
            byline: "Giulia Ferraris",
            date: "2024-03-12T07:30:00+01:00",
            site: "Il Quotidiano del Nord",
            url: "https://www.quotidianodelnord.example/cronaca/ponte-sesia-riapre",
            language: "it",
            description: "Il nuovo viadotto regge carichi fino a 44 tonnellate: traffico pesante di nuovo sulla statale."
        ))
        let agency = try extractor.extract(HTMLFixtures.bytes("agenzia-bom.html"), path: "a.html").metadata
        #expect(agency.byline == "Luca Conti, Sara Melis")
        #expect(agency.date == "2025-02-04T16:12:00Z")
        #expect(agency.site == "Agenzia Notizie Italia")
        #expect(agency.url == "https://www.agenzianotizie.example/roma/autobus-elettrici")
        let gazette = try extractor.extract(HTMLFixtures.bytes("gazzetta-windows-1252.html"), path: "g.html").metadata
        #expect(gazette.title == "Caro energia, le imprese tessili chiedono aiuti")
        #expect(gazette.byline == "Marco Bellini")
        #expect(gazette.date == "2022-10-15")
        #expect(gazette.description == "Le aziende del distretto: “Bollette triplicate in un anno”.")
    }

    @Test func undeclaredLegacyBytesAreReadAsWindows1252WithAWarning() throws {
        let article = try extractor.extract(HTMLFixtures.bytes("corriere-borgo-latin1.html"), path: "c.html")
        #expect(article.text.contains("partirà alle 22.30"))
        #expect(article.warnings == ["no charset declared and not UTF-8: read as windows-1252"])
    }
}
