import Foundation
import Testing

/// End-to-end behaviour of `sunto batch`, run as a user runs it.
@Suite struct BatchCommandTests {
    /// Writes `count` fixture articles under `in/`, in two folders.
    private func writeArticles(_ count: Int, into folder: TemporaryFolder) throws {
        for (index, text) in try BatchArticles.texts(count).enumerated() {
            try folder.write("in/\(index % 2 == 0 ? "cronaca" : "esteri")/n\(index).txt", text: text)
        }
    }

    private func batch(_ folder: TemporaryFolder, _ extra: [String] = []) throws -> CommandRunner.Output {
        try CommandRunner.run(["batch", folder("in"), "--out", folder("out"), "--lang", "it"] + extra)
    }

    @Test func severalFormatsAreWrittenIntoTheMirroredFolderWithAOneLineSummary() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try writeArticles(4, into: folder)
        let result = try batch(folder, ["--format", "md,json", "--format", "text"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(folder.files(under: "out") == [
            "cronaca/n0.json", "cronaca/n0.md", "cronaca/n0.txt", "cronaca/n2.json", "cronaca/n2.md", "cronaca/n2.txt",
            "esteri/n1.json", "esteri/n1.md", "esteri/n1.txt", "esteri/n3.json", "esteri/n3.md", "esteri/n3.txt",
            "failures.jsonl", "manifest.jsonl",
        ])
        #expect(result.stderr.hasPrefix("sunto: 4 articles: 4 briefed in "), "\(result.stderr)")
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        #expect(result.stdout.isEmpty)
        let again = try batch(folder, ["--format", "md,json,text"])
        #expect(again.stderr.hasPrefix("sunto: 4 articles: 0 briefed, 4 up to date in "), "\(again.stderr)")
    }

    @Test func quietShowsNothingAndFailuresGiveExitCodeOne() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try writeArticles(19, into: folder)
        try folder.write("in/rotto.txt", [0x00, 0xFF, 0x00, 0xFE])
        let result = try batch(folder, ["--quiet", "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        let failures = try folder.text("out/failures.jsonl")
        #expect(failures.hasPrefix(#"{"path":"rotto.txt","kind":"bad-input","exit_code":65,"error":"undecodable""#), "\(failures)")
        #expect(failures.filter { $0 == "\n" }.count == 1)
    }

    @Test(arguments: [
        (["--format", "pdf"], Int32(64), "unknown format 'pdf'"),
        (["--include", "[abc"], Int32(64), "never closed"),
        (["--sentences", "0"], Int32(64), "--sentences must be at least 1"),
    ] as [([String], Int32, String)])
    func badOptionsAreUsageErrors(_ options: [String], _ status: Int32, _ message: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try writeArticles(1, into: folder)
        let result = try batch(folder, options)
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func aMissingInputFolderAndAnOutputThatIsAFileHaveTheirExitCodes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("in/a.txt", text: try BatchArticles.text(1))
        try folder.write("occupato", text: "x")
        let missing = try CommandRunner.run(["batch", folder("nessuno"), "--out", folder("out"), "--lang", "it"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("nessuno: no such file"))
        let blocked = try CommandRunner.run(["batch", folder("in"), "--out", folder("occupato"), "--lang", "it"])
        #expect(blocked.status == 73)
        #expect(blocked.stderr.contains("occupato: cannot write: it exists and is not a folder"))
    }

    @Test func includeAndExcludeGlobsPickTheArticles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try writeArticles(6, into: folder)
        let result = try batch(folder, ["--include", "cronaca/*", "--exclude", "n4.txt"])
        #expect(result.status == 0)
        #expect(folder.files(under: "out").filter { $0.hasSuffix(".md") } == ["cronaca/n0.md", "cronaca/n2.md"])
    }

    @Test func htmlAmongTheFormatsWritesTheIndexPage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try writeArticles(2, into: folder)
        let result = try batch(folder, ["--format", "html,json"])
        #expect(result.status == 0, "\(result.stderr)")
        let index = try folder.text("out/index.html")
        #expect(index.contains("cronaca/n0.html") && index.contains("esteri/n1.html"))
    }

    @Test func filePermissionsAreHonouredForAnUnprivilegedUser() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try writeArticles(2, into: folder)
        try folder.write("in/chiuso.txt", text: try BatchArticles.text(3))
        try folder.write("in/sola-lettura/a.txt", text: try BatchArticles.text(4))
        try FileManager.default.createDirectory(atPath: folder("out/sola-lettura"), withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: folder("in/chiuso.txt"))
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder("out/sola-lettura"))
        var arguments = ["batch", folder("in"), "--out", folder("out"), "--lang", "it"]
        if BatchArticles.isRoot {
            // Root reads and writes through any permission: run the batch as `nobody` instead.
            let runsUnprivileged = try UnprivilegedRun.prepare(folder)
            try #require(runsUnprivileged, "setpriv cannot run the sunto binary as nobody on this machine")
            arguments = UnprivilegedRun.prefix + [folder("bin/sunto")] + arguments
        }
        let result = try BatchArticles.isRoot ? UnprivilegedRun.run(arguments) : CommandRunner.run(arguments)
        #expect(result.status == 1, "\(result.stderr)")
        let failures = try folder.text("out/failures.jsonl")
        #expect(failures.contains(#"{"path":"chiuso.txt","kind":"unreadable","exit_code":66,"error":"unreadable","reason":"cannot read: permission denied"}"#), "\(failures)")
        #expect(failures.contains(#""path":"sola-lettura/a.txt","kind":"cannot-write","exit_code":73"#), "\(failures)")
        #expect(failures.contains("permission denied"))
        #expect(folder.files(under: "out").filter { $0.hasSuffix(".md") } == ["cronaca/n0.md", "esteri/n1.md"])
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalStopsCleanlyAndTheRerunDoesOnlyTheMissingArticles(_ signal: Int32) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let total = 160
        try writeArticles(total, into: folder)
        let process = try CommandLaunch(["batch", folder("in"), "--out", folder("out"), "--lang", "it", "--format", "json,md", "--jobs", "1"])
        let deadline = Date().addingTimeInterval(120)
        while folder.files(under: "out").filter({ $0.hasSuffix(".md") }).count < 10, process.isRunning, Date() < deadline {
            usleep(5_000)
        }
        kill(process.identifier, signal)
        let result = process.wait()
        #expect(result.status == 130, "\(result.stderr)")
        #expect(result.stderr.contains("sunto: interrupted after"), "\(result.stderr)")
        let files = folder.files(under: "out")
        #expect(!files.contains { $0.hasSuffix(".sunto-tmp") })
        let briefs = files.filter { $0.hasSuffix(".json") && !$0.hasSuffix(".jsonl") }
        let done = briefs.count
        #expect(done >= 10 && done < total, "stopped after \(done) of \(total)")
        #expect(files.filter { $0.hasSuffix(".md") }.count == done)
        for brief in briefs {
            #expect((try? JSONSerialization.jsonObject(with: Data(folder.read("out/" + brief)))) != nil, "\(brief) is not whole")
        }
        let manifestLines = try folder.text("out/manifest.jsonl").split(separator: "\n").count
        #expect(manifestLines == done)

        let rerun = try batch(folder, ["--format", "json,md"])
        #expect(rerun.status == 0)
        #expect(rerun.stderr.hasPrefix("sunto: \(total) articles: \(total - done) briefed, \(done) up to date in "), "\(rerun.stderr)")
        #expect(folder.files(under: "out").filter { $0.hasSuffix(".md") }.count == total)
    }

    @Test func progressIsDrawnOnATerminalInColourUnlessNoColorIsSet() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try writeArticles(3, into: folder)
        let command = try "\(#require(CommandRunner.executable).path) batch '\(folder("in"))' --out '\(folder("out"))' --lang it --force"
        let terminal = ["TERM": "xterm-256color", "NO_COLOR": ""]
        let colored = try CommandLaunch(["-qfec", command, "/dev/null"], executable: "/usr/bin/script", environment: terminal).wait()
        #expect(colored.stdout.hasPrefix("\r\u{1B}[2K\u{1B}[1m0"), "\(colored.stdout.debugDescription)")
        #expect(colored.stdout.contains("\r\u{1B}[2Ksunto: 3 articles: 3 briefed"), "\(colored.stdout.debugDescription)")
        var plainTerminal = terminal
        plainTerminal["NO_COLOR"] = "1"
        let plain = try CommandLaunch(["-qfec", command, "/dev/null"], executable: "/usr/bin/script", environment: plainTerminal).wait()
        #expect(plain.stdout.hasPrefix("\r\u{1B}[2K0"), "\(plain.stdout.debugDescription)")
        #expect(!plain.stdout.contains("\u{1B}[1m"))
    }

    @Test func helpShowsExamplesAndExitCodes() throws {
        let result = try CommandRunner.run(["batch", "--help"])
        #expect(result.stdout.contains("sunto batch articoli --out sintesi"))
        #expect(result.stdout.contains("130 interrupted"))
    }
}
