import Foundation
import Testing

/// End-to-end behaviour of `sunto brief`, run as a user runs it.
@Suite struct BriefCommandTests {
    private let golden = CommandRunner.root.appendingPathComponent("Tests/SuntoTests/Fixtures/golden")

    /// Compares with a golden file; `SUNTO_UPDATE_GOLDEN=1 swift test` rewrites it.
    private func expectGolden(_ output: String, _ name: String) throws {
        let url = golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["SUNTO_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: golden, withIntermediateDirectories: true)
            try Data(output.utf8).write(to: url)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(output == expected, "differs from \(name); if the change is intended, rerun with SUNTO_UPDATE_GOLDEN=1")
    }

    @Test(arguments: [("json", "damaged.it.json"), ("md", "damaged.it.md"), ("text", "damaged.it.txt")])
    func italianBriefOfTheDamagedSampleMatchesItsGoldenOutput(_ format: String, _ file: String) throws {
        let result = try CommandRunner.run(["brief", "--lang", "it", "--format", format, "examples/damaged.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        try expectGolden(result.stdout, file)
    }

    @Test func everyArtifactOfTheDamagedSampleIsRepaired() throws {
        let result = try CommandRunner.run(["brief", "--lang", "it", "--format", "json", "examples/damaged.txt"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let repairs = try #require(object["repairs"] as? [[String: Any]])
        let rules = Set(repairs.compactMap { $0["rule"] as? String })
        #expect(rules.isSuperset(of: ["glued-words", "glued-number", "lost-sentence-break", "doubled-word", "name-variants"]))
        let text = (object["sentences"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }.joined(separator: " ")
        for clean in ["McDonald", "iPhone", "PayPal", "G7", "COVID-19", "F-16", "art. 5", "3,5%", "l'UE", "YouTube", "WhatsApp", "LinkedIn"] {
            #expect(text.contains(clean), "\(clean) was changed")
        }
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let first = try CommandRunner.run(["brief", "--lang", "it", "--format", "json", "examples/vertice-energia.txt"])
        let second = try CommandRunner.run(["brief", "--lang", "it", "--format", "json", "examples/vertice-energia.txt"])
        #expect(first.stdout == second.stdout)
    }

    @Test func severalFilesComeOutInInputOrderAsAJSONArray() throws {
        let files = ["examples/vertice-energia.txt", "examples/damaged.txt", "examples/vertice-energia.txt"]
        let result = try CommandRunner.run(["brief", "--lang", "it", "--format", "json"] + files)
        #expect(result.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.compactMap { ($0["source"] as? [String: Any])?["path"] as? String } == files)
    }

    @Test func aJSONArrayStaysValidWhenItsFirstFileFails() throws {
        let files = ["nonexistent.txt", "examples/damaged.txt", "nonexistent-too.txt", "examples/vertice-energia.txt"]
        let result = try CommandRunner.run(["brief", "--lang", "it", "--format", "json"] + files)
        #expect(result.status == 1)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.compactMap { ($0["source"] as? [String: Any])?["path"] as? String } == ["examples/damaged.txt", "examples/vertice-energia.txt"])
    }

    @Test func manyFilesComeOutInInputOrderWhateverTheirRenderingTime() throws {
        let files = (0..<24).map { $0 % 3 == 0 ? "examples/vertice-energia.txt" : "examples/damaged.txt" }
        let result = try CommandRunner.run(["brief", "--lang", "it", "--format", "json"] + files)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.compactMap { ($0["source"] as? [String: Any])?["path"] as? String } == files)
    }

    @Test func standardInputIsReadWithADash() throws {
        let result = try CommandRunner.run(["brief", "--lang", "it", "--sentences", "1", "-"], stdin: "Il governo ha approvato la manovra. Le opposizioni protestano.")
        #expect(result.status == 0)
        #expect(result.stdout.contains("`-`"))
    }

    @Test func aMissingFileIsReportedAndTheOthersAreStillDone() throws {
        let result = try CommandRunner.run(["brief", "--lang", "it", "--format", "text", "nonexistent.txt", "examples/damaged.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("sunto: nonexistent.txt: no such file"))
        #expect(result.stdout.contains("ITALIANO"))
    }

    @Test(arguments: [
        (["brief", "--lang", "it", "nonexistent.txt"], Int32(66), "no such file"),
        (["brief", "--lang", "it", "--pipeline", "Tests/SuntoTests/Fixtures/pipelines/unknown-option.yaml", "examples/damaged.txt"],
         Int32(64), "unknown-option.yaml:7: stage 'summarize', option 'sentense'"),
        (["brief", "--lang", "de", "examples/damaged.txt"], Int32(64), "unknown language 'de'"),
        (["brief", "--sentences", "0", "examples/damaged.txt"], Int32(64), "--sentences must be at least 1"),
        (["brief", "--format", "html", "examples/damaged.txt", "examples/vertice-energia.txt"], Int32(64), "--format html writes one page for one article"),
        (["brief", "--lang", "it", "Tests/SuntoTests/Fixtures/binary.bin"], Int32(65), "binary.bin: not readable text"),
    ] as [([String], Int32, String)])
    func errorsHaveTheDocumentedExitCodeAndAClearMessage(_ arguments: [String], _ status: Int32, _ message: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func helpShowsExamples() throws {
        let result = try CommandRunner.run(["brief", "--help"])
        #expect(result.stdout.contains("Examples:"))
        #expect(result.stdout.contains("--sentences"))
    }
}
