import Foundation
import Testing

@testable import Sunto

@Suite struct StageRecordTests {
    private func parse(_ line: String) -> Result<StageRecord, StageRecordError> {
        StageRecord.parse(Array(line.utf8), number: 4, maxBytes: 1 << 20)
    }

    @Test(arguments: [
        (#"{"id": "a1", "text": "Testo."}"#, StageRecord.ID.string("a1"), SourceInfo.Format.text, "Testo."),
        (#"{"id": 7, "html": "<p>Testo.</p>"}"#, .integer(7), .html, "<p>Testo.</p>"),
        (#"{"text": "Senza id."}"#, .none, .text, "Senza id."),
        (#"{"id": null, "text": "x", "url": "https://example.org", "extra": [1, 2]}"#, .none, .text, "x"),
    ] as [(String, StageRecord.ID, SourceInfo.Format, String)])
    func recordsGiveADocumentWithTheirId(_ line: String, _ id: StageRecord.ID, _ format: SourceInfo.Format, _ content: String) throws {
        let record = try parse(line).get()
        #expect(record.id == id)
        #expect(record.document.source.format == format)
        #expect(record.document.bytes == Array(content.utf8))
    }

    @Test func theIdNamesTheDocument() throws {
        #expect(try parse(#"{"id": "politica/a1.txt", "text": "x"}"#).get().document.source.path == "politica/a1.txt")
        #expect(try parse(#"{"text": "x"}"#).get().document.source.path == "line 4")
    }

    @Test func bytesAreReadAsTheBatchReadsAFile() throws {
        let page = "<!doctype html><html><body><p>Testo</p></body></html>"
        let record = try parse(#"{"id": "pagina.txt", "bytes": "\#(Data(page.utf8).base64EncodedString())"}"#).get()
        #expect(record.document.source.format == .html)
        #expect(record.document.bytes == Array(page.utf8))
    }

    @Test(arguments: [
        (#"{"id": "a", "text": "x", "lang": "it"}"#, Set<BriefLanguage>([.it])),
        (#"{"id": "a", "text": "x", "lang": ["en", "it"]}"#, Set<BriefLanguage>([.it, .en])),
    ] as [(String, Set<BriefLanguage>)])
    func langNarrowsTheBriefs(_ line: String, _ languages: Set<BriefLanguage>) throws {
        #expect(try parse(line).get().languages == languages)
    }

    @Test(arguments: [
        ("", StageRecord.ID.none, "line 4: the input holds no text"),
        ("not json", .none, "line 4: not readable text: not a JSON object"),
        ("[1, 2]", .none, "line 4: not readable text: not a JSON object"),
        (#"{"id": true, "text": "x"}"#, .none, #"line 4: not readable text: "id" must be a string or an integer"#),
        (#"{"id": "a", "text": 5}"#, .string("a"), #"line 4: not readable text: "text" must be a string"#),
        (#"{"id": "a"}"#, .string("a"), #"a: not readable text: the record has no "text", "html" or "bytes""#),
        (#"{"id": "a", "text": "x", "html": "y"}"#, .string("a"), #"a: not readable text: the record has more than one"#),
        (#"{"id": "a", "bytes": "%%%"}"#, .string("a"), #"a: not readable text: "bytes" is not valid base64"#),
        (#"{"id": 3, "text": "x", "lang": "de"}"#, .integer(3), #"3: not readable text: "lang": unknown language 'de'"#),
        (#"{"id": "a", "text": "x", "lang": 1}"#, .string("a"), #"line 4: not readable text: "lang" must be"#),
    ] as [(String, StageRecord.ID, String)])
    func badRecordsSayWhatIsWrongAndKeepTheIdWhenTheyCan(_ line: String, _ id: StageRecord.ID, _ message: String) {
        guard case .failure(let problem) = parse(line) else {
            Issue.record("\(line) was accepted")
            return
        }
        #expect(problem.id == id)
        #expect(problem.error.description.hasPrefix(message), "\(problem.error.description)")
    }

    @Test func anErrorRecordCarriesTheIdLineAndClass() {
        let line = StageOutput.failure(.emptyInput(path: "a1"), id: .string("a1"), line: 2, path: "a1")
        #expect(line == #"{"id":"a1","line":2,"error":{"kind":"bad-input","exit_code":65,"name":"empty","message":"the input holds no text"}}"# + "\n")
    }

    @Test func aBriefRecordIsTheCompactJSONWithTheIdFirst() {
        let document = Document(text: "x", path: "a1")
        let line = StageOutput.brief(document, id: .integer(12))
        #expect(line.hasPrefix(#"{"id":12,"version":"#))
        #expect(line.hasSuffix("}\n"))
        #expect(line.filter { $0 == "\n" }.count == 1)
    }
}
