import Foundation
import Testing

/// End-to-end behaviour of `sunto stage`, run as a pipe runs it.
@Suite struct StageCommandTests {
    private func record(_ id: Any, _ text: String) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: ["id": id, "text": text], options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func eachInputLineGivesOneOutputLineInOrderWithItsId() throws {
        let lines = [
            try record("a1", try BatchArticles.text(1)),
            "questa non è JSON",
            try record(2, try BatchArticles.text(2)),
            try record("vuoto", "   "),
            try record("a3", try BatchArticles.text(3)),
        ]
        let result = try CommandRunner.run(["stage", "--lang", "it", "--jobs", "2"], stdin: lines.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        let output = result.stdout.split(separator: "\n").map(String.init)
        #expect(output.count == 5)
        #expect(output[0].hasPrefix(#"{"id":"a1","version":"#))
        #expect(output[1].hasPrefix(#"{"id":null,"line":2,"error":{"kind":"bad-input","exit_code":65,"name":"undecodable""#))
        #expect(output[2].hasPrefix(#"{"id":2,"version":"#))
        #expect(output[3] == #"{"id":"vuoto","line":4,"error":{"kind":"bad-input","exit_code":65,"name":"empty","message":"the input holds no text"}}"#)
        #expect(output[4].hasPrefix(#"{"id":"a3","version":"#))
    }

    @Test func eachAnswerIsWrittenBeforeTheNextRecordArrives() throws {
        let executable = try #require(CommandRunner.executable)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["stage", "--lang", "it"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { process.terminate() }
        var answers: [String] = []
        for number in 1...2 {
            input.fileHandleForWriting.write(Data((try record("r\(number)", try BatchArticles.text(number)) + "\n").utf8))
            var line = Data()
            while line.last != 0x0A {
                let chunk = output.fileHandleForReading.readData(ofLength: 1)
                guard !chunk.isEmpty else { break }
                line += chunk
            }
            answers.append(String(decoding: line, as: UTF8.self))
        }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(answers.map { $0.prefix(14) } == [#"{"id":"r1","ve"#, #"{"id":"r2","ve"#])
        #expect(process.terminationStatus == 0)
    }

    @Test func aBadPipelineIsAUsageError() throws {
        let result = try CommandRunner.run(["stage", "--lang", "de"], stdin: "")
        #expect(result.status == 64)
        #expect(result.stderr.contains("unknown language 'de'"))
    }

    @Test func helpShowsTheRecordFormat() throws {
        let result = try CommandRunner.run(["stage", "--help"])
        #expect(result.stdout.contains(#"{"id": …, "text": "…"}"#))
    }
}
