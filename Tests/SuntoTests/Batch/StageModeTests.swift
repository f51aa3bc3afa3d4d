import Foundation
import Testing

@testable import Sunto

@Suite struct StageModeTests {
    /// Runs stage mode over `lines` and returns its output lines.
    static func run(_ lines: [String], pipeline: Pipeline, languageCheck: Bool = true) async throws -> [String] {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("in.jsonl", text: lines.map { $0 + "\n" }.joined())
        let input = open(folder("in.jsonl"), O_RDONLY)
        let output = open(folder("out.jsonl"), O_WRONLY | O_CREAT, 0o644)
        let summary = try await StageMode(pipeline: pipeline, languageCheck: languageCheck).run(input: input, output: output)
        close(input)
        close(output)
        let result = try folder.text("out.jsonl").split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(summary.records == lines.count)
        return result
    }

    static func record(_ id: String, text: String, lang: String? = nil) -> String {
        var object: [String: Any] = ["id": id, "text": text]
        if let lang { object["lang"] = lang }
        return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    static func object(_ line: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test func everyLineIsAnsweredInOrderWithItsIdWhateverFails() async throws {
        let pipeline = try Pipeline(settings: PipelineSettings(languages: [.it], jobs: 4))
        var lines: [String] = []
        for index in 0..<30 {
            switch index % 5 {
            case 1: lines.append("{not json")
            case 3: lines.append(Self.record("r\(index)", text: ForeignArticles.french))
            case 4: lines.append("")
            default: lines.append(Self.record("r\(index)", text: try BatchArticles.text(index % 22 + 1)))
            }
        }
        let output = try await Self.run(lines, pipeline: pipeline)
        #expect(output.count == 30)
        for (index, line) in output.enumerated() {
            let object = try Self.object(line)
            switch index % 5 {
            case 1, 4:
                #expect(object["id"] is NSNull)
                #expect((object["error"] as? [String: Any])?["kind"] as? String == "bad-input")
                #expect(object["line"] as? Int == index + 1)
            case 3:
                #expect(object["id"] as? String == "r\(index)")
                #expect(((object["error"] as? [String: Any])?["message"] as? String)?.contains("French") == true)
            default:
                #expect(object["id"] as? String == "r\(index)")
                #expect(object["version"] as? String == SuntoVersion.current)
            }
        }
    }

    @Test func aBriefRecordIsTheBatchJSONOnOneLine() async throws {
        let pipeline = try Pipeline(settings: PipelineSettings(languages: [.it]))
        let text = try BatchArticles.text(5)
        let output = try await Self.run([Self.record("a05.txt", text: text)], pipeline: pipeline)
        let expected = JSONRenderer(pretty: false).render(try await pipeline.brief(text: text, path: "a05.txt"))
        #expect(output == ["{\"id\":\"a05.txt\"," + expected.dropFirst()])
    }

    @Test func bytesRecordsGiveExactlyTheBatchBrief() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let latin1 = try BatchArticles.text(6).unicodeScalars.map { $0.value < 256 ? UInt8($0.value) : 0x3F }
        try folder.write("in/latino.txt", latin1)
        try folder.write("in/pagina.html.gz", try HTMLFixtures.bytes("quotidiano-nazionale.html.gz"))
        let pipeline = try Pipeline(settings: PipelineSettings(languages: [.it]))
        _ = try await BatchRunner(pipeline: pipeline, job: BatchJob(input: folder("in"), output: folder("out"), formats: [.json])).run()
        let records = try ["latino.txt", "pagina.html.gz"].map { name in
            #"{"id":"\#(name)","bytes":"\#(Data(try folder.read("in/" + name)).base64EncodedString())"}"#
        }
        let output = try await Self.run(records, pipeline: pipeline)
        for (line, name) in zip(output, ["latino.json", "pagina.json"]) {
            var object = try Self.object(line)
            object.removeValue(forKey: "id")
            let batch = try #require(try JSONSerialization.jsonObject(with: Data(folder.read("out/" + name))) as? [String: Any])
            #expect(NSDictionary(dictionary: object).isEqual(to: batch), "\(name)")
        }
    }

    @Test func langOfARecordNarrowsItsBriefsWithinTheCommandsLanguages() async throws {
        let pipeline = try Pipeline(settings: PipelineSettings(languages: [.it]))
        let text = try BatchArticles.text(7)
        let output = try await Self.run([Self.record("a", text: text, lang: "it"), Self.record("b", text: text, lang: "it,en")], pipeline: pipeline)
        #expect(try Self.object(output[0])["version"] != nil)
        let error = try #require(try Self.object(output[1])["error"] as? [String: Any])
        #expect(error["exit_code"] as? Int == 64)
        #expect((error["message"] as? String)?.contains("--lang it") == true)
    }

    @Test func aLineOverTheLimitIsAnErrorRecordAndTheNextLinesGoOn() async throws {
        let pipeline = try Pipeline(settings: PipelineSettings(languages: [.it], maxBytes: 1000))
        let huge = Self.record("big", text: String(repeating: "parola ", count: 2_000))
        let output = try await Self.run([huge, Self.record("ok", text: try BatchArticles.text(8))], pipeline: pipeline)
        #expect(((try Self.object(output[0])["error"] as? [String: Any])?["name"] as? String) == "too-large")
        #expect(try Self.object(output[1])["id"] as? String == "ok")
    }

    @Test func theLanguageCheckCanBeTurnedOff() async throws {
        let pipeline = try Pipeline(settings: PipelineSettings(languages: [.it]))
        let output = try await Self.run([Self.record("en", text: ForeignArticles.english)], pipeline: pipeline, languageCheck: false)
        #expect(try Self.object(output[0])["error"] == nil)
    }
}
