import Testing

@testable import Sunto

/// Hostile, broken and empty pages: none crashes or hangs; each gives text or a clear error.
@Suite struct HTMLGuardRailTests {
    let extractor = HTMLArticleExtractor()
    private static let paragraph = "<p>Il consiglio comunale ha approvato il bilancio con diciotto voti favorevoli, dopo una seduta durata fino a tarda notte.</p>"

    private func extract(_ html: String, limits: HTMLLimits = HTMLLimits()) throws -> ExtractedArticle {
        try HTMLArticleExtractor(limits: limits).extract(Array(html.utf8), path: "pagina.html")
    }

    @Test func nestingPastTheParserLimitKeepsTheTextBeforeItAndWarns() throws {
        let html = "<html><body>" + Self.paragraph + String(repeating: "<div>", count: 5_000) + "<p>profondo</p>"
            + String(repeating: "</div>", count: 5_000) + "</body></html>"
        let article = try extract(html)
        #expect(article.text.contains("bilancio con diciotto voti"))
        #expect(article.warnings.contains { $0.contains("more than 256 deep") })
    }

    @Test func nestingPastMaxDepthIsFlattenedWithoutLosingText() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 40) + Self.paragraph
            + String(repeating: "</div>", count: 40) + "</body></html>"
        let article = try extract(html, limits: HTMLLimits(maxDepth: 10))
        #expect(article.text.contains("bilancio con diciotto voti"))
        #expect(article.warnings == ["elements nested more than 10 deep were merged into their parent"])
    }

    @Test(arguments: [
        "<p>Il consiglio comunale ha approvato il bilancio <b>con diciotto <i>voti</b> favorevoli</i>, dopo una seduta durata fino a tarda notte.",
        "<html><body><div><p>Il consiglio comunale ha approvato il bilancio con diciotto voti favorevoli, dopo una seduta durata fino a tarda notte.</span></td></div></div></html></html>",
        "<table><tr><td><p>Il consiglio comunale ha approvato il bilancio con diciotto voti favorevoli, dopo una seduta durata fino a tarda notte.<td></table",
        "<body><p>Il consiglio comunale ha approvato il bilancio con diciotto voti favorevoli, dopo una seduta durata fino a tarda notte.<!-- commento non chiuso",
    ])
    func brokenMarkupStillGivesTheText(_ html: String) throws {
        #expect(try extract(html).text.contains("approvato il bilancio"))
    }

    @Test func entityDeclarationsAreNeverExpanded() throws {
        var doctype = "<!DOCTYPE html [<!ENTITY a \"aaaaaaaaaa\">"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h"] {
            doctype += "<!ENTITY \(name) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
            previous = name
        }
        let html = doctype + "]><html><body>" + Self.paragraph + "<p>&h;</p></body></html>"
        let article = try extract(html)
        #expect(article.text.contains("approvato il bilancio"))
        #expect(article.text.count < 2_000)
    }

    @Test(arguments: ["", "   \n ", "<html><head><title>x</title></head><body></body></html>",
                      "<html><body><script>document.write('<p>' + articolo + '</p>')</script><noscript>Attiva JavaScript</noscript></body></html>"])
    func emptyAndScriptOnlyPagesAreEmptyInput(_ html: String) {
        #expect(throws: SuntoError.emptyInput(path: "pagina.html")) { try extract(html) }
    }

    @Test func aPageOfLinksHasNoArticle() {
        let links = (1...30).map { "<li><a href=\"/n\($0)\">Notizia numero \($0) della giornata</a></li>" }.joined()
        let html = "<html><body><nav><ul>\(links)</ul></nav><div class=\"elenco\"><ul>\(links)</ul></div></body></html>"
        #expect {
            try extract(html)
        } throws: { error in
            guard let error = error as? SuntoError, case .noArticle(let path, let characters) = error else { return false }
            return path == "pagina.html" && characters > 1_000 && error.exitCode == 65
                && error.description.hasPrefix("pagina.html: no article found (the page has \(characters) characters of text")
                && !error.description.contains("UTF-8")
        }
    }

    @Test func aPageOverTheSizeLimitIsRefused() {
        #expect(throws: SuntoError.tooLarge(path: "pagina.html", bytes: 300, limit: 100)) {
            try extract(String(repeating: "x", count: 300), limits: HTMLLimits(maxBytes: 100))
        }
    }

    @Test func aGzipBombStopsAtTheSizeLimit() throws {
        let bytes = try HTMLFixtures.bytes("bomba.html.gz")
        #expect {
            try HTMLArticleExtractor(limits: HTMLLimits(maxBytes: 1 << 20)).extract(bytes, path: "bomba.html.gz")
        } throws: { error in
            guard case .tooLarge(_, _, let limit) = error as? SuntoError else { return false }
            return limit == 1 << 20
        }
    }

    @Test func damagedGzipIsAClearError() throws {
        let bytes = Array(try HTMLFixtures.bytes("quotidiano-nazionale.html.gz").prefix(200))
        #expect(throws: SuntoError.undecodable(path: "p.html.gz", reason: "damaged or truncated gzip data")) {
            try extractor.extract(bytes, path: "p.html.gz")
        }
    }

    @Test func manyTasksCanExtractAtOnce() async throws {
        let bytes = try HTMLFixtures.bytes("quotidiano-nazionale.html")
        let expected = try extractor.extract(bytes, path: "p.html").text
        let extractor = extractor
        try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<16 { group.addTask { try extractor.extract(bytes, path: "p.html").text } }
            for try await text in group { #expect(text == expected) }
        }
    }
}

@Suite struct HiddenContentTests {
    @Test func aHiddenElementThatHoldsTheArticleIsKept() throws {
        let paragraphs = (1...4).map { "<p>Paragrafo \($0) dell'articolo, con abbastanza parole da sembrare un testo vero e proprio, come in una notizia.</p>" }
        let html = "<html><body><div hidden id=\"S:0\">\(paragraphs.joined())</div><div hidden class=\"promo\"><p>Abbonati ora a metà prezzo!</p></div></body></html>"
        let article = try HTMLArticleExtractor().extract(Array(html.utf8), path: "p.html")
        #expect(article.blocks.count == 4)
        #expect(!article.text.contains("Abbonati"))
    }
}
