import Testing

@testable import Sunto

@Suite struct VisibleDatesTests {
    private func dates(_ body: String) throws -> VisibleDates {
        let tree = try HTMLParser.parse(Array("<html><body>\(body)</body></html>".utf8), encoding: "UTF-8", maxDepth: 256, path: "p.html")
        return VisibleDates(tree: tree, headline: tree.first(.h1))
    }

    @Test func theDateNearestTheHeadlineIsTheArticlesNotARelatedArticles() throws {
        let body = """
            <header><span class="data-oggi">Mercoledì 11 febbraio 2026</span></header>
            <p class="occhiello">Cronaca</p><h1>Nuova rotatoria all'ingresso del paese</h1><p>6 febbraio 2026</p>
            <p>I lavori cominciano lunedì e dureranno tre settimane, con il senso unico alternato.</p>
            <aside><div class="card"><a href="/n1">Il mercato torna in piazza</a><div class="card__date">3 marzo 2026</div></div></aside>
            """
        #expect(try dates(body).published == "2026-02-06")
    }

    @Test func todaysDateInThePageHeaderIsNotAPublicationDate() throws {
        let body = "<p id=\"todays-date\"><strong>Venerdì</strong>, 19 dicembre 2025</p><h1>Titolo</h1><div>12.12.2025</div>"
        #expect(try dates(body).published == "2025-12-12")
    }

    @Test func labelsTellThePublicationFromTheRevision() throws {
        let body = """
            <h1>Le dieci imprese edili più grandi</h1><div>Published&ensp;<span>Apr 26, 2023</span></div>
            <div>Updated&ensp;<span>Aug 21, 2025</span></div>
            """
        let dates = try dates(body)
        #expect(dates.published == "2023-04-26")
        #expect(dates.publishedIsLabelled)
        #expect(dates.updated == ["2025-08-21"])
    }

    @Test func inlineElementsWithoutSpacesStillGiveTheirOwnDates() throws {
        let body = """
            <h1>Dieci minuti di meditazione al giorno</h1><div class="dateline-wrapper"><a href="/salute">Salute</a><span>22 DICEMBRE 2022</span><span>Aggiornato: 2 GENNAIO 2026</span></div>
            """
        let dates = try dates(body)
        #expect(dates.published == "2022-12-22")
        #expect(dates.updated == ["2026-01-02"])
    }

    @Test func aReprintNoticeGivesTheOriginalDate() throws {
        let body = """
            <h1>Come scegliere una bicicletta da città</h1><p>30 settembre 2022, 11:07</p><p>Il testo.</p>
            <p>Questo articolo è stato pubblicato originariamente il 26 settembre 2019 alle 16:12 e poi aggiornato più volte con nuovi modelli.</p>
            """
        let dates = try dates(body)
        #expect(dates.original == "2019-09-26")
        #expect(!dates.publishedIsLabelled)
    }

    @Test func aPageThatShowsOnlyARevisionGivesItAsTheRevisedDate() throws {
        let dates = try dates("<h1>Dieci miti sull'alimentazione</h1><span class=\"date\">Ultimo aggiornamento: 20 gennaio 2025</span>")
        #expect(dates.published == nil)
        #expect(dates.revised == "2025-01-20")
    }

    @Test func itempropDatePublishedSettlesIt() throws {
        let body = "<h1>Titolo</h1><p>1 marzo 2024</p><footer><time itemprop=\"datePublished\" datetime=\"2024-02-28T09:00:00+01:00\">ieri</time></footer>"
        #expect(try dates(body).published == "2024-02-28")
    }
}
