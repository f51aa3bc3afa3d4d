import Testing

@testable import Sunto

/// sunto parses pages on every core at once; libxml2 must give each parse the same result it
/// gives alone, whatever the way it was linked.
@Suite struct LibXML2Tests {
    private static let pages = [
        "quotidiano-nazionale.html", "quotidiano-nazionale.html.gz", "gazzetta-windows-1252.html",
        "corriere-borgo-latin1.html", "agenzia-bom.html", "blog-wordpress.html", "indice-sezione.html",
    ]

    @Test func pagesParsedAtOnceOnEveryCoreReadAsEachAlone() async throws {
        let extractor = HTMLArticleExtractor()
        var alone: [ExtractedArticle?] = []
        var pages: [[UInt8]] = []
        for page in Self.pages {
            let bytes = try HTMLFixtures.bytes(page)
            pages.append(bytes)
            alone.append(try? extractor.extract(bytes, path: page))
        }
        #expect(alone.compactMap(\.self).count >= 6, "the fixtures are articles, bar the section index")
        let rounds = 12
        let together = await withTaskGroup(of: (Int, ExtractedArticle?).self) { group in
            for round in 0..<rounds {
                for (index, bytes) in pages.enumerated() {
                    group.addTask { (index, try? extractor.extract(bytes, path: "\(round)-\(index)")) }
                }
            }
            var results: [(Int, ExtractedArticle?)] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(together.count == rounds * pages.count)
        for (index, article) in together {
            #expect(article == alone[index], "\(Self.pages[index]) read differently beside other parses")
        }
    }

    @Test func theBodyRunsOnceAndItsValueOrErrorComesBack() throws {
        var runs = 0
        let value = LibXML2.withParser { () -> Int in
            runs += 1
            return 42
        }
        #expect(value == 42)
        #expect(runs == 1)
        #expect(throws: SuntoError.usage("stop")) {
            try LibXML2.withParser { () throws(SuntoError) -> Int in throw .usage("stop") }
        }
    }
}
