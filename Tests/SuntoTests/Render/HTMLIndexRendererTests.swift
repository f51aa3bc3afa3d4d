import Foundation
import Testing

@testable import Sunto

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The index page of a batch.
@Suite struct HTMLIndexRendererTests {
    private typealias Fixture = RenderFixture

    private let entries = [
        BatchIndexEntry(
            path: "politica/vertice energia.html", title: "Energia, accordo a Bruxelles", date: "2024-11-14",
            source: "Il Sole", firstItalian: "I ministri hanno raggiunto un accordo.",
            firstEnglish: "The ministers reached an agreement.", termCount: 12
        ),
        BatchIndexEntry(path: "cronaca/alluvione.html", title: "Alluvione in Romagna", firstItalian: "Piove da giorni.", termCount: 3),
        .failed(path: "rotto.bin", reason: "rotto.bin: not readable text: binary data"),
    ]

    @Test func everyEntryIsARowLinkingToItsBrief() throws {
        let page = try Fixture.parse(HTMLIndexRenderer(title: "articoli").render(entries))
        let rows = try Fixture.nodes(page, "//table[@id='briefs']/tbody/tr")
        #expect(rows.count == 3)
        #expect(try Fixture.strings(page, "//tbody/tr/th[@scope='row']/*[1]") == entries.map(\.title))
        #expect(try Fixture.strings(page, "//tbody/tr/th/a/@href") == ["politica/vertice%20energia.html", "cronaca/alluvione.html"])
        #expect(try Fixture.strings(page, "//tbody/tr[1]/td[@lang='it']") == ["I ministri hanno raggiunto un accordo."])
        #expect(try Fixture.strings(page, "//tbody/tr[1]/td[@lang='en']") == ["The ministers reached an agreement."])
        #expect(try Fixture.strings(page, "//tbody/tr/td[@data-label='Terms']") == ["12", "3", "—"])
        #expect(try Fixture.strings(page, "//tbody/tr/td[@data-label='Date']/@data-value") == ["2024-11-14", "", ""])
        #expect(try Fixture.strings(page, "//h1") == ["articoli"])
        #expect(try Fixture.strings(page, "//p[@class='summary']") == ["3 articles · 2 briefed · 1 failed"])
    }

    @Test func failedArticlesShowTheReasonAndNoLink() throws {
        let page = try Fixture.parse(HTMLIndexRenderer().render(entries))
        let failed = try Fixture.nodes(page, "//tbody/tr[@class='failed']")
        #expect(failed.count == 1)
        #expect(try Fixture.nodes(failed[0], ".//a").isEmpty)
        #expect(try Fixture.strings(failed[0], "td[@data-label='Status']") == ["Failed"])
        #expect(try Fixture.strings(failed[0], "th/span[@class='reason']") == ["rotto.bin: not readable text: binary data"])
    }

    @Test func sortableColumnsHaveKeyboardButtonsAndTheScriptIsAllowedByHash() throws {
        let page = try Fixture.parse(HTMLIndexRenderer().render(entries))
        let buttons = try Fixture.strings(page, "//thead/tr/th[@scope='col']/button[@type='button']/@data-sort")
        #expect(buttons == ["text", "text", "text", "number", "text"])
        #expect(try Fixture.strings(page, "//thead/tr/th[@scope='col']").count == HTMLIndexRenderer.Column.allCases.count)
        let script = try #require(try Fixture.strings(page, "//body/script").first)
        #expect(script == HTMLIndexScript.source)
        let policy = try #require(try Fixture.strings(page, "//meta[@http-equiv='Content-Security-Policy']/@content").first)
        #expect(policy.contains("script-src \(HTMLPage.hashSource(script));"))
        #expect(policy.contains("style-src \(HTMLPage.hashSource(HTMLIndexStyle.sheet));"))
        #expect(!policy.contains("unsafe"))
        #expect(try Fixture.strings(page, "//div[@id='controls']/@hidden") == [""], "the filter is shown by the script")
        #expect(try Fixture.strings(page, "//label[@for='filter']") == ["Filter"])
    }

    @Test func hostileEntriesAreEscapedAndLinksStayRelative() throws {
        let hostile = [
            BatchIndexEntry(
                path: "javascript:alert(1)", title: "<script>alert(1)</script>", date: "\"><svg onload=alert(2)>",
                source: "<img src=x onerror=alert(3)>", firstItalian: "</td></tr></table><script>alert(4)</script>", termCount: 1
            ),
            BatchIndexEntry(path: "//evil.example/x.html", title: "Protocol-relative"),
            .failed(path: "a.txt", reason: "<b>bad</b>"),
        ]
        let html = HTMLIndexRenderer(title: "<i>folder</i>").render(hostile)
        let page = try Fixture.parse(html)
        #expect(try Fixture.nodes(page, "//script").count == 1)
        #expect(try Fixture.nodes(page, "//img | //svg | //b | //i").isEmpty)
        #expect(try Fixture.nodes(page, "//@*[starts-with(name(), 'on')]").isEmpty)
        #expect(try Fixture.strings(page, "//tbody/tr/th/a/@href") == ["javascript%3Aalert%281%29", "%2F/evil.example/x.html"])
        #expect(try Fixture.strings(page, "//tbody/tr[1]/th") == ["<script>alert(1)</script>"])
        #expect(try Fixture.strings(page, "//h1") == ["<i>folder</i>"])
        #expect(try Fixture.strings(page, "//tbody/tr[1]/td[@data-label='Date']/time/@datetime").isEmpty)
    }

    @Test func anEmptyBatchSaysSoAndHasNoTable() throws {
        let page = try Fixture.parse(HTMLIndexRenderer().render([]))
        #expect(try Fixture.nodes(page, "//table").isEmpty)
        #expect(try Fixture.strings(page, "//p[@class='summary']") == ["0 articles · 0 briefed"])
    }

    @Test func entryOfADocumentTakesItsMetadataAndFirstSentences() async throws {
        let document = try await Fixture.document(sentences: 2)
        let entry = BatchIndexEntry(document: document, path: "a/b.html")
        #expect(entry.title == Fixture.hostileTitle)
        #expect(entry.date == "2025-03-14")
        #expect(entry.source == document.metadata.site)
        #expect(entry.firstItalian == document.brief.it.first?.text)
        #expect(entry.firstEnglish == document.brief.en.first?.text)
        #expect(entry.termCount == document.terms.count)
        #expect(entry.failure == nil)
    }

    @Test func sameEntriesGiveTheSameBytes() {
        #expect(HTMLIndexRenderer().render(entries) == HTMLIndexRenderer().render(entries))
    }
}
