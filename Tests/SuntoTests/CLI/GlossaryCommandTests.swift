import Foundation
import Testing

/// `sunto glossary …` as a terminologist uses it.
@Suite struct GlossaryCommandTests {
    @Test func lintReportsEveryProblemWithFileAndLine() throws {
        let result = try CommandRunner.run(["glossary", "lint", "Tests/SuntoTests/Fixtures/glossary/broken.tsv"])
        #expect(result.status == 65)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let file = "Tests/SuntoTests/Fixtures/glossary/broken.tsv"
        #expect(lines.contains("\(file):3: error: 'accordo' → 'deal' conflicts with 'agreement' at \(file):2"))
        #expect(lines.contains("\(file):4: error: 1 fields, the header has 3"))
        #expect(lines.contains("\(file):5: error: empty Italian term"))
        #expect(lines.contains { $0.hasPrefix("\(file):6: warning: 'accordi' is an inflection of 'accordo'") })
        #expect(result.stderr.contains("3 errors"))
    }

    @Test func lintPassesTheBuiltInGlossaries() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: CommandRunner.root.appendingPathComponent("glossaries/it-en").path)
            .filter { $0.hasSuffix(".tsv") }.map { "glossaries/it-en/\($0)" }
        let result = try CommandRunner.run(["glossary", "lint"] + files)
        #expect(result.status == 0, "\(result.stdout)")
    }

    @Test func lintRejectsAFileThatIsNotUTF8() throws {
        let result = try CommandRunner.run(["glossary", "lint", "Tests/SuntoTests/Fixtures/binary.bin"])
        #expect(result.status == 65)
    }

    @Test func showExplainsWhichEntryMatchesAndWhy() throws {
        let result = try CommandRunner.run(["glossary", "show", "le comunità energetiche", "--glossary", "examples/newsroom-terms.tbx"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("'comunità energetiche' → energy communities"))
        #expect(result.stdout.contains("newsroom-terms.tbx"))
        #expect(result.stdout.contains("inflected"))
        #expect(result.stdout.contains("plural"))
    }

    @Test func showSaysSoWhenNothingMatches() throws {
        let result = try CommandRunner.run(["glossary", "show", "zzz qqq", "--no-builtin"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("no glossary entry matches"))
    }

    @Test func importConvertsTBXToTSVThatLoadsBack() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sunto-import-\(UUID().uuidString).tsv").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let result = try CommandRunner.run(["glossary", "import", "examples/newsroom-terms.tbx", "--to", output])
        #expect(result.status == 0, "\(result.stderr)")
        let tsv = try String(contentsOfFile: output, encoding: .utf8)
        #expect(tsv.hasPrefix("it\ten\tvariants\ten_plural\tpos\tcase\tdomain\tnote\n"))
        #expect(tsv.contains("Kharkiv\tKharkiv\tCharkiv|Kharkov\t\tpropn\texact\t"))
        #expect(tsv.contains("scudo antimissile\tmissile shield\tscudo anti-missile\t\tnoun\tinsensitive\tdefence\t"))
        let lint = try CommandRunner.run(["glossary", "lint", output])
        #expect(lint.status == 0)
    }

    @Test func importOfAMalformedFileFailsWithItsLine() throws {
        let result = try CommandRunner.run(["glossary", "import", "Tests/SuntoTests/Fixtures/glossary/broken.tsv", "--to", "/tmp/never.tsv"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("broken.tsv:3") || result.stderr.contains("broken.tsv:4"))
    }

    @Test func suggestMinesRecurringTermsNotInAnyGlossary() throws {
        let result = try CommandRunner.run(["glossary", "suggest", "Tests/SuntoTests/Fixtures/articles", "--limit", "15"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(rows.first == "it\ten\tvariants\ten_plural\tpos\tcase\tdomain\tnote")
        #expect(rows.count > 1)
        for row in rows.dropFirst() {
            #expect(row.split(separator: "\t", omittingEmptySubsequences: false).count == 8)
            #expect(row.split(separator: "\t", omittingEmptySubsequences: false)[0].contains(" "))
        }
    }
}
