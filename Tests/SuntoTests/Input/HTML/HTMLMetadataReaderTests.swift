import Testing

@testable import Sunto

@Suite struct HTMLMetadataReaderTests {
    private static let body = "<body><article><h1>Titolo visibile</h1><span itemprop=\"author\">Di Autore Visibile</span>"
        + "<time datetime=\"2020-01-05\">5 gennaio</time><p>Testo.</p></article></body>"
    private static let meta = """
        <meta property="og:title" content="Titolo OpenGraph"><meta name="author" content="Autore Meta">
        <meta property="article:published_time" content="2021-02-03T10:00:00Z"><meta property="og:site_name" content="Sito">
        """
    private static let jsonLD = """
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},
        {"@type":"NewsArticle","headline":"Titolo JSON-LD","author":{"@type":"Person","name":"Autore JSON-LD"},
        "datePublished":"2022-03-04","publisher":{"@type":"Organization","name":"Editore"}}]}</script>
        """

    private func metadata(head: String) throws -> Metadata {
        let tree = try HTMLParser.parse(Array("<html><head>\(head)</head>\(Self.body)</html>".utf8), encoding: "UTF-8", maxDepth: 256, path: "p.html")
        return HTMLMetadataReader(tree: tree, hints: tree.nodes.map { ClassHints(className: $0.attribute(.class), id: $0.attribute(.id)) }).read().metadata
    }

    @Test(arguments: [
        (meta + jsonLD, "Titolo OpenGraph", "Autore Meta", "2021-02-03T10:00:00Z", "Sito"),
        (jsonLD, "Titolo JSON-LD", "Autore JSON-LD", "2022-03-04", "Editore"),
        ("", "Titolo visibile", "Autore Visibile", "2020-01-05", nil),
    ] as [(String, String, String, String, String?)])
    func metaBeatsJSONLDWhichBeatsVisibleMarkup(_ head: String, _ title: String, _ byline: String, _ date: String, _ site: String?) throws {
        let metadata = try metadata(head: head)
        #expect(metadata.title == title)
        #expect(metadata.byline == byline)
        #expect(metadata.date == date)
        #expect(metadata.site == site)
    }

    @Test(arguments: [
        ("<meta name=\"twitter:title\" content=\"Scuole chiuse per neve | Il Giornale\"><meta property=\"og:site_name\" content=\"Il Giornale\">", "Scuole chiuse per neve"),
        ("<meta name=\"dc.title\" content=\"giornale.example - Scuole chiuse per neve\">", "Scuole chiuse per neve"),
        ("<meta property=\"og:title\" content=\"Scuole  chiuse\n per neve\">", "Scuole chiuse per neve"),
    ])
    func siteNamesAndSpacesAreTrimmedFromTitles(_ head: String, _ title: String) throws {
        #expect(try metadata(head: head).title == title)
    }

    @Test func languageAndURLComeFromTheirOwnTags() throws {
        let tree = try HTMLParser.parse(Array("<html lang=\"it_IT\"><head><link rel=\"canonical\" href=\"https://e.example/a\"></head><body></body></html>".utf8),
                                        encoding: "UTF-8", maxDepth: 256, path: "p.html")
        let metadata = HTMLMetadataReader(tree: tree, hints: tree.nodes.map { _ in ClassHints() }).read().metadata
        #expect(metadata.language == "it-IT")
        #expect(metadata.url == "https://e.example/a")
    }

    @Test func authorURLsAreNotBylines() throws {
        #expect(try metadata(head: "<meta property=\"article:author\" content=\"https://facebook.com/autore\">").byline == "Autore Visibile")
    }
}

@Suite struct VisibleMetadataTests {
    private func metadata(_ body: String) throws -> Metadata {
        try metadata(head: "", body: body)
    }

    @Test(arguments: [
        ("<p>di <a href=\"/autore/mario-rossi\">Mario Rossi</a></p>", "Mario Rossi"),
        ("<div class=\"post-author-name\">By Anna Verdi |</div>", "Anna Verdi"),
        ("<div class=\"byline\">Aggiornato il 12 marzo 2024</div>", nil),
        ("<div class=\"author\"><span>Autore</span> <span>Giulia Neri</span></div>", "Giulia Neri"),
        ("<div class=\"card-author\"><h2>Luca Bassi</h2><div class=\"role\">Enologo, socio fondatore</div></div>", "Luca Bassi"),
        ("<div class=\"author\"><span class=\"initials\">GN</span></div><p class=\"author-name\">Giulia Neri</p>", "Giulia Neri"),
        ("<div class=\"author\">Written By <a href=\"/blog?author=1\"></a></div>", nil),
        ("<span class=\"author\">giulia.neri</span>", nil),
    ] as [(String, String?)])
    func bylineIsReadFromAuthorLinksAndClasses(_ body: String, _ byline: String?) throws {
        #expect(try metadata(body).byline == byline)
    }

    @Test(arguments: [
        ("<h1>Titolo</h1><div class=\"post-date\">12 marzo 2024</div>", "2024-03-12"),
        ("<h1>Titolo</h1><p>April 8, 2024</p><p>Il testo dell'articolo.</p>", "2024-04-08"),
    ])
    func dateIsReadFromTheTextShownOnThePage(_ body: String, _ date: String) throws {
        #expect(try metadata(body).date == date)
    }

    private func metadata(head: String, body: String) throws -> Metadata {
        let page = "<html><head>\(head)</head><body>\(body)</body></html>"
        let tree = try HTMLParser.parse(Array(page.utf8), encoding: "UTF-8", maxDepth: 256, path: "p.html")
        let hints = tree.nodes.map { ClassHints(className: $0.attribute(.class), id: $0.attribute(.id)) }
        return HTMLMetadataReader(tree: tree, hints: hints).read().metadata
    }

    private func jsonLD(_ fields: String) -> String {
        "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\"Titolo\",\(fields)}</script>"
    }

    @Test func aDeclaredDateBeatsADifferentVisibleOne() throws {
        let head = "<meta property=\"article:published_time\" content=\"2024-03-12T07:30:00+01:00\">"
        #expect(try metadata(head: head, body: "<h1>Titolo</h1><p>10 marzo 2024</p>").date == "2024-03-12T07:30:00+01:00")
    }

    @Test func aDeclaredDateThatThePageShowsAsTheRevisionGivesWayToThePublicationDate() throws {
        let body = "<h1>Titolo</h1><div>Pubblicato il <span>26 aprile 2023</span></div><div>Aggiornato il <span>21 agosto 2025</span></div>"
        #expect(try metadata(head: jsonLD("\"datePublished\":\"Aug 21, 2025\""), body: body).date == "2023-04-26")
    }

    @Test func jsonLDPublishedAfterItsOwnModificationGivesWayToTheVisibleDate() throws {
        let head = jsonLD("\"datePublished\":\"Jun 12, 2025\",\"dateModified\":\"Jun 10, 2025\"")
        #expect(try metadata(head: head, body: "<h1>Titolo</h1><p>November 2, 2022</p>").date == "2022-11-02")
        let consistent = jsonLD("\"datePublished\":\"2025-06-10\",\"dateModified\":\"2025-06-12\"")
        #expect(try metadata(head: consistent, body: "<h1>Titolo</h1><p>November 2, 2022</p>").date == "2025-06-10")
    }

    @Test func aReprintNoticeBeatsAnUnlabelledDateButNotAPublicationLabel() throws {
        let notice = "<p>Questo articolo è stato pubblicato originariamente il 26 settembre 2019 e poi aggiornato.</p>"
        #expect(try metadata(head: "", body: "<h1>Titolo</h1><p>30 settembre 2022</p>\(notice)").date == "2019-09-26")
        #expect(try metadata(head: "", body: "<h1>Titolo</h1><p>Pubblicato il 13 aprile 2023</p>\(notice)").date == "2023-04-13")
    }
}
