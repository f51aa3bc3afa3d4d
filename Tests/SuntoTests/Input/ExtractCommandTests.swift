import Foundation
import Testing

@testable import Sunto

@Suite struct ExtractCommandTests {
    private let page = "Tests/SuntoTests/Fixtures/html/quotidiano-nazionale.html"

    @Test func jsonOutputHasTheContractKeysInOrder() throws {
        let output = try CommandRunner.run(["extract", "--format", "json", page])
        #expect(output.status == 0)
        let keys = ["\"version\"", "\"source\"", "\"metadata\"", "\"title\"", "\"byline\"", "\"date\"", "\"site\"", "\"url\"",
                    "\"language\"", "\"description\"", "\"text\"", "\"blocks\"", "\"warnings\""]
        let positions = keys.compactMap { output.stdout.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
        #expect(output.stdout.contains("\"format\": \"html\""))
    }

    @Test func textOutputStartsWithTheTitleAndHoldsTheArticle() throws {
        let output = try CommandRunner.run(["extract", page])
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("Ponte sul fiume Sesia, riapre la statale dopo otto mesi di lavori\n"))
        #expect(output.stdout.contains("\n\nIl nuovo viadotto, lungo 212 metri"))
    }

    @Test(arguments: [
        (["extract", "Tests/SuntoTests/Fixtures/html/assente.html"], Int32(66), "no such file"),
        (["extract", "Tests/SuntoTests/Fixtures/binary.bin"], Int32(65), "binary.bin"),
        (["extract", "--max-depth", "0", "x.html"], Int32(64), "--max-depth"),
        (["extract", "Tests/SuntoTests/Fixtures/html/indice-sezione.html"], Int32(65),
         "sunto: Tests/SuntoTests/Fixtures/html/indice-sezione.html: no article found (the page has "),
    ] as [([String], Int32, String)])
    func failuresGiveTheContractExitCodes(_ arguments: [String], _ status: Int32, _ message: String) throws {
        let output = try CommandRunner.run(arguments)
        #expect(output.status == status)
        #expect(output.stderr.contains(message))
    }

    @Test func aPageWithNoArticleIsReportedAndTheOtherPagesAreStillDone() throws {
        let index = "Tests/SuntoTests/Fixtures/html/indice-sezione.html"
        let output = try CommandRunner.run(["extract", "--format", "json", index, page])
        #expect(output.status == 1)
        #expect(output.stderr.contains("\(index): no article found"))
        #expect(output.stderr.contains("all in navigation/boilerplate"))
        #expect(!output.stderr.contains("UTF-8"))
        #expect(output.stdout.contains("Il nuovo viadotto, lungo 212 metri"))
    }

    @Test func briefNamesAPageWithNoArticle() throws {
        let index = "Tests/SuntoTests/Fixtures/html/indice-sezione.html"
        let output = try CommandRunner.run(["brief", "--lang", "it", index])
        #expect(output.status == 65)
        #expect(output.stderr.contains("\(index): no article found (the page has "))
        #expect(!output.stderr.contains("UTF-8"))
    }

    @Test func briefReadsAnHTMLPage() throws {
        let output = try CommandRunner.run(["brief", "--lang", "it", "--format", "json", page])
        #expect(output.status == 0)
        #expect(output.stdout.contains("\"title\": \"Ponte sul fiume Sesia, riapre la statale dopo otto mesi di lavori\""))
        #expect(output.stdout.contains("\"format\": \"html\""))
        #expect(!output.stdout.contains("Facebook"))
    }
}
