import Foundation
import Testing

@testable import Sunto

/// One batch over a folder of every kind of bad input sunto knows of, beside good articles:
/// each bad file gets a clear failure of its own, the good ones are briefed, and nothing is
/// lost — every input is either briefed or listed in `failures.jsonl`.
@Suite struct BadInputTests {
    /// What should become of an input.
    enum Outcome: Hashable {
        case briefed(encoding: String?)
        case failed(name: String, exitCode: Int, reason: String)
        /// Failed as bad input, whatever the precise reason (the HTML extractor's own choice).
        case badInput
    }

    /// A kind of bad input: the files that make it and what must become of them.
    struct Case: Sendable, CustomStringConvertible {
        var description: String
        var path: String
        var outcome: Outcome
        var make: @Sendable (TemporaryFolder) throws -> Void
    }

    static func file(_ description: String, _ path: String, _ outcome: Outcome, _ bytes: @escaping @Sendable () throws -> [UInt8]) -> Case {
        Case(description: description, path: path, outcome: outcome) { folder in try folder.write("in/" + path, bytes()) }
    }

    static func article() throws -> String { try BatchArticles.text(4) }

    static let cases: [Case] = [
        file("empty file", "empty.txt", .failed(name: "empty", exitCode: 65, reason: "the input holds no text")) { [] },
        file("whitespace only", "spaces.txt", .failed(name: "empty", exitCode: 65, reason: "the input holds no text")) { Array(" \n\t\r\n  \n".utf8) },
        file("binary data", "binary.txt", .failed(name: "undecodable", exitCode: 65, reason: "not readable text")) {
            var generator = SeededBytes(seed: 7)
            return (0..<4096).map { _ in generator.next() }
        },
        file("NUL bytes in text", "nul.txt", .failed(name: "undecodable", exitCode: 65, reason: "NUL bytes")) {
            Array(try article().utf8.prefix(300)) + [0, 0, 0] + Array(try article().utf8.suffix(300))
        },
        file("invalid UTF-8", "invalid-utf8.txt", .failed(name: "undecodable", exitCode: 65, reason: "undefined in Windows-1252")) {
            Array("Il governo ha approvato ".utf8) + [0xC3, 0x28, 0x81, 0x8D, 0x8F] + Array(" la manovra.".utf8)
        },
        file("Latin-1", "latin1.txt", .briefed(encoding: "windows-1252")) {
            try article().unicodeScalars.map { $0.value < 256 ? UInt8($0.value) : 0x3F }
        },
        file("UTF-16 with a BOM", "utf16.txt", .briefed(encoding: "UTF-16LE")) {
            [0xFF, 0xFE] + (try article().utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        },
        file("50 MB of text", "huge.txt", .failed(name: "too-large", exitCode: 65, reason: "over the limit of 16777216 bytes")) {
            let text = try article()
            return Array(String(repeating: text + "\n", count: (50 << 20) / text.utf8.count + 1).utf8)
        },
        file("HTML nested 100,000 deep", "deep.html", .badInput) {
            Array(("<!doctype html><html><body>" + String(repeating: "<div>", count: 100_000) + "<p>" + (try article()) + "</p>"
                + String(repeating: "</div>", count: 100_000) + "</body></html>").utf8)
        },
        file("entity expansion", "entities.html", .briefed(encoding: nil)) {
            let entities = (1...9).map { level in
                "<!ENTITY lol\(level) \"" + String(repeating: level == 1 ? "&lol;" : "&lol\(level - 1);", count: 10) + "\">"
            }
            let body = try article().split(separator: "\n\n").map { "<p>\($0)</p>" }.joined()
            return Array(("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">" + entities.joined() + "]>\n"
                + "<html><body><p>&lol9;</p>" + body + "</body></html>").utf8)
        },
        file("HTML with no body", "nobody.html", .badInput) {
            Array("<!doctype html><html><head><title>Solo un titolo</title></head></html>".utf8)
        },
        file("a page of links and no article", "indice.html", .failed(name: "no-article", exitCode: 65, reason: "no article found (the page has")) {
            try HTMLFixtures.bytes("indice-sezione.html")
        },
        file("an English article", "english.txt", .failed(name: "undecodable", exitCode: 65, reason: "the article reads as English")) {
            Array(ForeignArticles.english.utf8)
        },
        file("words of no language", "gibberish.txt", .failed(name: "undecodable", exitCode: 65, reason: "does not read as Italian")) {
            Array((0..<120).map { "zq\($0 % 9)xv" }.joined(separator: " ").utf8)
        },
        Case(description: "a gzip bomb", path: "bomba.html.gz", outcome: .failed(name: "too-large", exitCode: 65, reason: "over the limit")) { folder in
            // 20 MiB of one letter, compressed to some 20 KB: inflating must stop at the limit.
            try folder.write("bomba.html", Array("<!doctype html><html><body><p>".utf8) + Array(repeating: 0x61, count: 20 << 20))
            let gzip = try Process.run(URL(fileURLWithPath: "/bin/gzip"), arguments: ["-9", folder("bomba.html")])
            gzip.waitUntilExit()
            try FileManager.default.moveItem(atPath: folder("bomba.html.gz"), toPath: folder("in/bomba.html.gz"))
        },
        file("truncated gzip", "tagliato.txt.gz", .failed(name: "undecodable", exitCode: 65, reason: "damaged or truncated gzip data")) {
            Array(try HTMLFixtures.bytes("quotidiano-nazionale.html.gz").prefix(400))
        },
        file("named .gz but plain text", "finto.txt.gz", .failed(name: "undecodable", exitCode: 65, reason: "not gzip data")) {
            Array(try article().utf8)
        },
        Case(description: "a symbolic link loop", path: "anello", outcome: .failed(name: "unreadable", exitCode: 66, reason: "symbolic link loop")) { folder in
            try FileManager.default.createSymbolicLink(atPath: folder("in/anello"), withDestinationPath: ".")
        },
        Case(description: "a link to itself", path: "se-stesso.txt", outcome: .failed(name: "unreadable", exitCode: 66, reason: "symbolic link loop")) { folder in
            try FileManager.default.createSymbolicLink(atPath: folder("in/se-stesso.txt"), withDestinationPath: "se-stesso.txt")
        },
        Case(description: "a broken link", path: "sparito.txt", outcome: .failed(name: "input-missing", exitCode: 66, reason: "no such file")) { folder in
            try FileManager.default.createSymbolicLink(atPath: folder("in/sparito.txt"), withDestinationPath: "mai-esistito.txt")
        },
        Case(description: "a FIFO", path: "tubo.txt", outcome: .failed(name: "unreadable", exitCode: 66, reason: "not a regular file")) { folder in
            guard mkfifo(folder("in/tubo.txt"), 0o644) == 0 else { throw Errno(errno) }
        },
        Case(description: "an output folder that cannot be created", path: "bloccato/a.txt",
             outcome: .failed(name: "cannot-write", exitCode: 73, reason: "cannot write")) { folder in
            try folder.write("in/bloccato/a.txt", text: try article())
            try folder.write("out/bloccato", text: "a file where the output folder should go")
        },
        Case(description: "a file that cannot be read", path: "chiuso.txt",
             outcome: .failed(name: "unreadable", exitCode: 66, reason: "permission denied")) { folder in
            try folder.write("in/chiuso.txt", text: try article())
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: folder("in/chiuso.txt"))
        },
        Case(description: "an output folder without write permission", path: "sola-lettura/a.txt",
             outcome: .failed(name: "cannot-write", exitCode: 73, reason: "permission denied")) { folder in
            try folder.write("in/sola-lettura/a.txt", text: try article())
            try FileManager.default.createDirectory(atPath: folder("out/sola-lettura"), withIntermediateDirectories: true)
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder("out/sola-lettura"))
        },
        file("a good article", "buoni/a01.txt", .briefed(encoding: "UTF-8")) { Array(try BatchArticles.text(1).utf8) },
        file("a good article in Markdown", "buoni/a02.md", .briefed(encoding: "UTF-8")) { Array(try BatchArticles.text(2).utf8) },
        file("a gzipped web page", "buoni/pagina.html.gz", .briefed(encoding: nil)) { try HTMLFixtures.bytes("quotidiano-nazionale.html.gz") },
    ]

    /// Permissions do not stop root: those two cases only run for other users (the command-line
    /// tests run them as an unprivileged user when the tests run as root).
    static var applicableCases: [Case] {
        BatchArticles.isRoot ? cases.filter { !["chiuso.txt", "sola-lettura/a.txt"].contains($0.path) } : cases
    }

    @Test func everyBadInputGetsAClearFailureAndNothingIsLost() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cases = Self.applicableCases
        #expect(Set(cases.map(\.outcome)).count >= 4 && cases.count >= 20)
        for testCase in cases { try testCase.make(folder) }
        let job = BatchJob(input: folder("in"), output: folder("out"), formats: [.json])
        let summary = try await BatchRunner(pipeline: BatchRunnerTests.pipeline(), job: job).run()

        let failures = try folder.text("out/failures.jsonl").split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        let byPath = Dictionary(failures.map { ($0["path"] as? String ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        for testCase in cases {
            let failure = byPath[testCase.path]
            switch testCase.outcome {
            case .briefed(let encoding):
                #expect(failure == nil, "\(testCase): \(failure?["reason"] ?? "")")
                let output = folder("out/" + OutputLayout.stems(for: [testCase.path]).first! + ".json")
                let brief = try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any]
                #expect(brief != nil, "\(testCase): no brief")
                if let encoding { #expect((brief?["source"] as? [String: Any])?["encoding"] as? String == encoding, "\(testCase)") }
            case .failed(let name, let exitCode, let reason):
                #expect(failure?["error"] as? String == name, "\(testCase): \(failure ?? [:])")
                #expect(failure?["exit_code"] as? Int == exitCode, "\(testCase)")
                #expect((failure?["reason"] as? String)?.contains(reason) == true, "\(testCase): \(failure?["reason"] ?? "no failure")")
            case .badInput:
                #expect(failure?["kind"] as? String == "bad-input", "\(testCase): \(failure ?? [:])")
            }
        }
        let briefed = cases.filter { if case .briefed = $0.outcome { true } else { false } }.count
        #expect(summary.progress.written == briefed)
        #expect(summary.progress.failed == cases.count - briefed)
        #expect(failures.count == cases.count - briefed)
        #expect(summary.exitCode == 1)
    }

    @Test func aBriefOfAnEntityBombStaysSmall() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.cases.first { $0.path == "entities.html" }!.make(folder)
        _ = try await BatchRunner(pipeline: BatchRunnerTests.pipeline(), job: BatchJob(input: folder("in"), output: folder("out"), formats: [.json])).run()
        #expect(try folder.read("out/entities.json").count < 100_000)
    }
}

/// Reproducible pseudo-random bytes (SplitMix64), so the binary file is the same in every run.
struct SeededBytes {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt8 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return UInt8(truncatingIfNeeded: mixed ^ (mixed >> 31))
    }
}
