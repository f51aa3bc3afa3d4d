import Foundation
import Testing

@testable import Sunto

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The HTML report of one article, rendered from the fixture article through the real pipeline.
@Suite struct HTMLRendererTests {
    private typealias Fixture = RenderFixture

    @Test func eachRowPairsAnItalianSentenceWithItsEnglish() async throws {
        let document = try await Fixture.document()
        let page = try Fixture.parse(HTMLRenderer().render(document))
        let rows = try Fixture.nodes(page, "//table[@class='pairs']/tbody/tr")
        #expect(rows.count == document.brief.it.count)
        #expect(document.brief.it.count >= 8)
        for (index, row) in rows.enumerated() {
            let italian = try Fixture.strings(row, "td[@lang='it']")
            let english = try Fixture.strings(row, "td[@lang='en']")
            #expect(italian == ["IT" + document.brief.it[index].text])
            #expect(english == ["EN" + document.brief.en[index].text])
            let link = try Fixture.strings(row, "th[@scope='row']/a/@href")
            #expect(link == ["#s\(document.brief.it[index].sourceSentence)"])
        }
        let headers = try Fixture.strings(page, "//table[@class='pairs']/thead/tr/th[@scope='col']")
        #expect(headers == ["Sentence", "Italiano", "English"])
    }

    @Test func glossaryTermsAreHighlightedInBothLanguagesWithTheirNote() async throws {
        let document = try await Fixture.document()
        let page = try Fixture.parse(HTMLRenderer().render(document))
        let italian = try Fixture.strings(page, "//table[@class='pairs']//td[@lang='it']/mark[@class='term']")
        let english = try Fixture.strings(page, "//table[@class='pairs']//td[@lang='en']/mark[@class='term']")
        #expect(italian.contains("treni regionali"))
        #expect(italian.contains("pendolari"))
        #expect(italian.contains("Piano nazionale di ripresa e resilienza"))
        #expect(english.contains("regional trains"))
        #expect(english.contains("commuters"))
        #expect(english.contains("National Recovery and Resilience Plan"))
        let inBrief = Set(document.brief.it.map(\.sourceSentence))
        let occurrences = document.terms.flatMap(\.occurrences).filter { inBrief.contains($0.sentence) }
        #expect(italian.count == occurrences.count)
        #expect(Set(italian) == Set(occurrences.map(\.text)))

        let notes = try Fixture.strings(page, "//td[@lang='en']/mark[.='commuters']/@data-note")
        #expect(notes == ["pendolare → commuter, commuters\nGlossary: hostile-glossary.tsv\nNote: \"><img src=x onerror=alert(2)>"])
        let described = try Fixture.strings(page, "//td[@lang='it']/mark[.='pendolari']/@aria-describedby")
        let row = try Fixture.strings(page, "//tr[@id='\(described.first ?? "")']/th")
        #expect(row == ["pendolare"])
        let focusable = try Fixture.strings(page, "//mark[@class='term']/@tabindex")
        #expect(!focusable.isEmpty && focusable.allSatisfy { $0 == "0" })
    }

    @Test func hostileTitleNotesAndTextCannotRunScript() async throws {
        var document = try await Fixture.document()
        document.brief.it[0].text += " <script>alert(5)</script><img src=x onerror=alert(6)>"
        let html = HTMLRenderer().render(document)
        let page = try Fixture.parse(html)
        #expect(try Fixture.nodes(page, "//script | //img | //iframe | //object | //embed").isEmpty)
        #expect(try Fixture.nodes(page, "//@*[starts-with(name(), 'on')]").isEmpty)
        #expect(try Fixture.strings(page, "//h1") == [Fixture.hostileTitle])
        #expect(try Fixture.strings(page, "/html/head/title") == [Fixture.hostileTitle + " · sunto"])
        #expect(!html.contains("<script>alert") && !html.contains("<img") && !html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;script&gt;alert(&quot;note&quot;)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39;"))
        #expect(try Fixture.strings(page, "//a/@href").allSatisfy { $0.hasPrefix("#") }, "javascript: URL must not become a link")
    }

    @Test func contentSecurityPolicyAllowsOnlyTheInlineStyleSheet() async throws {
        let page = try Fixture.parse(HTMLRenderer().render(try await Fixture.document(sentences: 2)))
        let policy = try #require(try Fixture.strings(page, "//meta[@http-equiv='Content-Security-Policy']/@content").first)
        let style = try #require(try Fixture.strings(page, "/html/head/style").first)
        #expect(policy.hasPrefix("default-src 'none'; "))
        #expect(policy.contains("style-src \(HTMLPage.hashSource(style));"))
        #expect(policy.contains("script-src 'none'"))
        #expect(!policy.contains("unsafe"))
    }

    @Test func headerShowsTheMetadataAndTheSourceViewEveryScore() async throws {
        let document = try await Fixture.document(sentences: 3)
        let page = try Fixture.parse(HTMLRenderer().render(document))
        let facts = try Fixture.strings(page, "//article/header/dl/div/dt")
        #expect(facts == ["Source", "Site", "Date", "Author", "Sentences", "Glossary terms", "Repairs"])
        #expect(try Fixture.strings(page, "//dd/time/@datetime") == ["2025-03-14"])
        #expect(try Fixture.strings(page, "//dd[../dt='Author']") == ["Redazione <b>Genova</b>"])

        let chosen = try Fixture.strings(page, "//details[@id='source']//mark[@class='chosen']/@id")
        #expect(chosen == document.brief.it.map { "s\($0.sourceSentence)" })
        let pills = try Fixture.strings(page, "//details[@id='source']//span[@class='pill']")
        #expect(pills.count == document.sentences.count)
        #expect(pills.first == "s0 · " + JSONWriter.fixed(document.scores[0].total))
        #expect(try Fixture.nodes(page, "//details[@id='source']/summary/h2").count == 1)
        #expect(try Fixture.strings(page, "//div[@class='source']/@lang") == ["it"])
    }

    @Test func repairsAreMarkedWithBeforeAndAfterAndListed() async throws {
        let document = try await Fixture.document()
        let page = try Fixture.parse(HTMLRenderer().render(document))
        let marked = try Fixture.strings(page, "//table[@class='pairs']//ins[@class='repair']/@title")
        #expect(marked.contains("Repaired (accent-apostrophe): “E'” → “È”"))
        #expect(marked.contains("Repaired (glued-number): “15treni” → “15 treni”"))
        let rows = try Fixture.nodes(page, "//details[@id='repairs']//tbody/tr")
        #expect(rows.count == document.repairs.count)
        #expect(try Fixture.strings(page, "//details[@id='repairs']//tbody/tr/th") == document.repairs.map(\.rule))
    }

    @Test func sameDocumentGivesTheSameBytes() async throws {
        let document = try await Fixture.document()
        #expect(HTMLRenderer().render(document) == HTMLRenderer().render(document))
    }

    @Test func italianOnlyBriefHasOneLanguageColumn() async throws {
        var document = try await Fixture.document(sentences: 2)
        document.brief.en = []
        let page = try Fixture.parse(HTMLRenderer().render(document))
        #expect(try Fixture.strings(page, "//table[@class='pairs']/thead/tr/th") == ["Sentence", "Italiano"])
        #expect(try Fixture.nodes(page, "//table[@class='pairs']//td[@lang='en']").isEmpty)
    }

    @Test func pageInABatchLinksBackToTheIndex() async throws {
        let document = try await Fixture.document(sentences: 1)
        let page = try Fixture.parse(HTMLRenderer(indexLink: "../index.html").render(document))
        #expect(try Fixture.strings(page, "//header[@class='topbar']/nav/a/@href") == ["../index.html"])
    }

    @Test(arguments: [
        ("https://www.example.it/politica/articolo?id=3", "www.example.it"),
        ("http://example.com", "example.com"),
    ])
    func originalLinkShowsTheHost(_ url: String, _ host: String) {
        #expect(HTMLRenderer.host(of: url) == host)
    }
}
