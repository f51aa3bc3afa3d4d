import Foundation
import Testing

@testable import Sunto

/// A batch over folders of fixture articles, through the library API.
@Suite struct BatchRunnerTests {
    static func pipeline() throws -> Pipeline {
        try Pipeline(settings: PipelineSettings(languages: [.it], jobs: 2))
    }

    /// Writes `count` articles into `in/`, spread over three folders.
    static func writeArticles(_ count: Int, into folder: TemporaryFolder) throws -> [String] {
        try BatchArticles.texts(count).enumerated().map { index, text in
            let path = ["cronaca", "economia/2024", "politica"][index % 3] + "/art\(index).txt"
            try folder.write("in/" + path, text: text)
            return path
        }
    }

    /// Every output file under `out/` with its bytes (the manifest and failure list left out).
    static func outputs(_ folder: TemporaryFolder) throws -> [String: [UInt8]] {
        var outputs: [String: [UInt8]] = [:]
        for file in folder.files(under: "out") where !file.hasSuffix(".jsonl") {
            outputs[file] = try folder.read("out/" + file)
        }
        return outputs
    }

    @Test func everyArticleIsBriefedIntoAMirroredFolderInEveryFormat() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let inputs = try Self.writeArticles(6, into: folder)
        let job = BatchJob(input: folder("in"), output: folder("out"), formats: [.md, .json, .text])
        let summary = try await BatchRunner(pipeline: Self.pipeline(), job: job).run()
        #expect(summary.progress.written == 6)
        #expect(summary.exitCode == 0)
        let expected = inputs.flatMap { input in ["md", "json", "txt"].map { String(input.dropLast(3)) + $0 } }.sorted()
        #expect(try Self.outputs(folder).keys.sorted() == expected)
        let json = try JSONSerialization.jsonObject(with: Data(folder.read("out/cronaca/art0.json"))) as? [String: Any]
        #expect((json?["source"] as? [String: Any])?["path"] as? String == "cronaca/art0.txt")
        #expect(try folder.text("out/failures.jsonl").isEmpty)
    }

    @Test func aBatchGivesTheSameBriefsAsThePipelineOnEachFile() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let inputs = try Self.writeArticles(3, into: folder)
        let pipeline = try Self.pipeline()
        _ = try await BatchRunner(pipeline: pipeline, job: BatchJob(input: folder("in"), output: folder("out"), formats: [.json])).run()
        for input in inputs {
            var document = try InputFile.document(at: folder("in/" + input))
            document.source.path = input
            let expected = JSONRenderer().render(try await pipeline.runner.process(document))
            #expect(try folder.text("out/" + input.dropLast(3) + "json") == expected)
        }
    }

    @Test func aFolderWithFivePercentCorruptFilesFinishesTheRestAndListsEachFailure() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let inputs = try Self.writeArticles(100, into: folder)
        let corrupt = stride(from: 7, to: 100, by: 20).map { inputs[$0] }
        for (number, path) in corrupt.enumerated() {
            let damage: [[UInt8]] = [[], [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00], Array(repeating: 0x20, count: 40), [0x81, 0x8D, 0x8F, 0x90, 0x9D], Array(ForeignArticles.english.utf8)]
            try folder.write("in/" + path, damage[number])
        }
        let job = BatchJob(input: folder("in"), output: folder("out"), formats: [.json])
        let summary = try await BatchRunner(pipeline: Self.pipeline(), job: job).run()
        #expect(summary.progress.written == 95)
        #expect(summary.progress.failed == 5)
        #expect(summary.exitCode == 1)
        let failures = try folder.text("out/failures.jsonl").split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(failures.compactMap { $0["path"] as? String } == corrupt.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(failures.allSatisfy { $0["exit_code"] as? Int == 65 && $0["kind"] as? String == "bad-input" })
        #expect(try Self.outputs(folder).count == 95)
    }

    @Test func aRerunSkipsWhatIsUpToDateAndRedoesWhatChanged() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try Self.writeArticles(6, into: folder)
        let pipeline = try Self.pipeline()
        let job = BatchJob(input: folder("in"), output: folder("out"), formats: [.md])
        _ = try await BatchRunner(pipeline: pipeline, job: job).run()
        try folder.write("in/politica/art2.txt", text: try BatchArticles.text(9))
        try FileManager.default.removeItem(atPath: folder("out/cronaca/art3.md"))
        let rerun = try await BatchRunner(pipeline: pipeline, job: job).run()
        #expect(rerun.progress.written == 2)
        #expect(rerun.progress.upToDate == 4)
        var forced = job
        forced.force = true
        #expect(try await BatchRunner(pipeline: pipeline, job: forced).run().progress.written == 6)
    }

    @Test func anotherPipelineSettingRedoesEverything() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try Self.writeArticles(3, into: folder)
        let job = BatchJob(input: folder("in"), output: folder("out"), formats: [.md])
        _ = try await BatchRunner(pipeline: Self.pipeline(), job: job).run()
        let shorter = try Pipeline(settings: PipelineSettings(sentences: 1, languages: [.it]))
        #expect(try await BatchRunner(pipeline: shorter, job: job).run().progress.written == 3)
    }

    @Test func rerunsAreByteIdentical() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try Self.writeArticles(9, into: folder)
        try folder.write("in/pagina.html", try HTMLFixtures.bytes("blog-wordpress.html"))
        let pipeline = try Self.pipeline()
        var job = BatchJob(input: folder("in"), output: folder("out"), formats: [.md, .json, .text])
        _ = try await BatchRunner(pipeline: pipeline, job: job).run()
        let first = try Self.outputs(folder)
        job.force = true
        _ = try await BatchRunner(pipeline: pipeline, job: job).run()
        #expect(try Self.outputs(folder) == first)
        #expect(first.count == 30)
    }

    @Test func aStoppedBatchLeavesOnlyWholeFilesAndTheRerunDoesOnlyTheRest() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try Self.writeArticles(60, into: folder)
        let pipeline = try Self.pipeline()
        let job = BatchJob(input: folder("in"), output: folder("out"), formats: [.json, .md])
        let stop = StopFlag()
        let runner = BatchRunner(pipeline: pipeline, job: job, stop: stop)
        let watcher = Task {
            while runner.tracker.snapshot().written < 5 { try? await Task.sleep(for: .milliseconds(2)) }
            stop.set()
        }
        let summary = try await runner.run()
        await watcher.value
        #expect(summary.interrupted)
        #expect(summary.exitCode == 130)
        let written = summary.progress.written
        #expect(written >= 5 && written < 60)
        let partial = try Self.outputs(folder)
        #expect(partial.count == 2 * written)
        #expect(!folder.files(under: "out").contains { $0.hasSuffix(AtomicFile.temporarySuffix) })
        let rerun = try await BatchRunner(pipeline: pipeline, job: job).run()
        #expect(rerun.progress.written == 60 - written)
        #expect(rerun.progress.upToDate == written)
        let complete = try Self.outputs(folder)
        #expect(complete.count == 120)
        for (path, bytes) in partial { #expect(complete[path] == bytes) }
    }

    @Test func includeAndExcludeChooseTheArticles() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try Self.writeArticles(9, into: folder)
        let job = BatchJob(input: folder("in"), output: folder("out"), formats: [.md],
                           include: [try GlobPattern("*.txt")], exclude: [try GlobPattern("economia")])
        #expect(try await BatchRunner(pipeline: Self.pipeline(), job: job).run().progress.written == 6)
    }

    @Test func aMissingInputFolderOrAnOutputThatIsAFileStopsTheBatch() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("file", text: "x")
        try folder.write("in/a.txt", text: try BatchArticles.text(1))
        let pipeline = try Self.pipeline()
        await #expect(throws: SuntoError.inputMissing(path: folder("missing"))) {
            try await BatchRunner(pipeline: pipeline, job: BatchJob(input: folder("missing"), output: folder("out"))).run()
        }
        await #expect(throws: SuntoError.cannotWrite(path: folder("file"), reason: "it exists and is not a folder")) {
            try await BatchRunner(pipeline: pipeline, job: BatchJob(input: folder("in"), output: folder("file"))).run()
        }
        await #expect(throws: SuntoError.self) {
            try await BatchRunner(pipeline: pipeline, job: BatchJob(input: folder("in"), output: folder("in"))).run()
        }
    }

    @Test func theOutputFolderInsideTheInputFolderIsNotReadBack() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("in/a.txt", text: try BatchArticles.text(1))
        let job = BatchJob(input: folder("in"), output: folder("in/briefs"), formats: [.md, .text])
        _ = try await BatchRunner(pipeline: Self.pipeline(), job: job).run()
        let rerun = try await BatchRunner(pipeline: Self.pipeline(), job: job).run()
        #expect(rerun.progress.done == 1)
    }

    @Test func theHTMLFormatWritesAnIndexOfEveryBriefAndFailure() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try Self.writeArticles(3, into: folder)
        try folder.write("in/vuoto.txt", [])
        let job = BatchJob(input: folder("in"), output: folder("out"), formats: [.html])
        let runner = BatchRunner(pipeline: try Self.pipeline(), job: job, indexPage: RowList())
        _ = try await runner.run()
        let rows = ["cronaca/art0.html", "economia/2024/art1.html", "politica/art2.html", "vuoto.txt failed"]
        #expect(try folder.text("out/index.html") == rows.joined(separator: "\n"))
        _ = try await runner.run()
        #expect(try folder.text("out/index.html") == rows.joined(separator: "\n"), "up-to-date briefs stay listed")
    }
}

/// An index page that lists its rows as plain lines.
private struct RowList: BatchIndexPage {
    func render(_ entries: [BatchIndexEntry]) -> String {
        entries.map { $0.failure == nil ? $0.path : $0.path + " failed" }.joined(separator: "\n")
    }
}
