import Testing

@testable import Sunto

@Suite struct DecodeStageTests {
    @Test func digestAndEncodingAreRecorded() throws {
        let document = try DecodeStage().process(Document(source: SourceInfo(path: "a.txt"), bytes: Array("abc".utf8)))
        #expect(document.source.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(document.source.encoding == "UTF-8")
        #expect(document.text == "abc")
        #expect(document.bytes.isEmpty)
    }

    @Test func legacyEncodingIsNotedAsAWarning() throws {
        let document = try DecodeStage().process(Document(source: SourceInfo(path: "a.txt"), bytes: [0x63, 0x69, 0x74, 0x74, 0xE0]))
        #expect(document.text == "città")
        #expect(document.warnings == ["read as windows-1252"])
    }

    @Test(arguments: ["", "   \n\n\t  "])
    func emptyOrBlankInputIsAnError(_ text: String) {
        #expect(throws: SuntoError.emptyInput(path: "vuoto.txt")) {
            try DecodeStage().process(Document(source: SourceInfo(path: "vuoto.txt"), bytes: Array(text.utf8)))
        }
    }

    @Test func inputOverTheLimitIsAnError() {
        #expect(throws: SuntoError.tooLarge(path: "big.txt", bytes: 11, limit: 10)) {
            try DecodeStage(maxBytes: 10).process(Document(source: SourceInfo(path: "big.txt"), bytes: Array("0123456789a".utf8)))
        }
    }
}

@Suite struct DecodeStageHTMLTests {
    @Test func anHTMLDocumentBecomesItsArticleTextAndMetadata() throws {
        let bytes = try HTMLFixtures.bytes("gazzetta-windows-1252.html")
        let document = try DecodeStage().process(Document(source: SourceInfo(path: "g.html", format: .html), bytes: bytes))
        #expect(document.text + "\n" == (try HTMLFixtures.text("gazzetta-windows-1252.txt")))
        #expect(document.metadata.title == "Caro energia, le imprese tessili chiedono aiuti")
        #expect(document.source.encoding == "windows-1252")
        #expect(document.warnings == ["read as windows-1252"])
        #expect(document.bytes.isEmpty)
    }

    @Test func filesAreRoutedToHTMLByNameOrContent() throws {
        let document = try InputFile.document(at: HTMLFixtures.url("agenzia-bom.html").path)
        #expect(document.source.format == .html)
    }
}
