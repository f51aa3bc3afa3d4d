import Testing

@testable import Sunto

@Suite struct HTMLEncodingSnifferTests {
    private static func page(charset: String?, body: [UInt8]) -> [UInt8] {
        let meta = charset.map { "<meta charset=\"\($0)\">" } ?? ""
        return Array("<html><head>\(meta)</head><body><p>".utf8) + body + Array("</p></body></html>".utf8)
    }

    private static let cp1252 = Array("perch".utf8) + [0xE9, 0x20, 0x93] + Array("ciao".utf8) + [0x94, 0x20, 0x80]
    private static let utf8 = Array("perché “ciao” €".utf8)
    /// ISO-8859-15 has `€` at 0xA4, where Latin-1 and Windows-1252 have `¤`.
    private static let latin9 = Array("perch".utf8) + [0xE9] + Array(" costa 5 ".utf8) + [0xA4]

    @Test(arguments: [
        (page(charset: nil, body: utf8), "UTF-8", nil),
        (page(charset: "utf-8", body: utf8), "UTF-8", nil),
        (page(charset: "windows-1252", body: cp1252), "windows-1252", nil),
        (page(charset: "ISO-8859-1", body: cp1252), "windows-1252", nil),
        (page(charset: "ISO-8859-15", body: latin9), "ISO-8859-15", nil),
        (page(charset: "latin9", body: latin9), "ISO-8859-15", nil),
        (page(charset: nil, body: cp1252), "windows-1252", "no charset declared and not UTF-8: read as windows-1252"),
        (page(charset: "utf-8", body: cp1252), "windows-1252", "declared UTF-8 but is not: read as windows-1252"),
        (page(charset: "iso-8859-1", body: utf8), "UTF-8", "declared iso-8859-1 but is UTF-8: read as UTF-8"),
        ([0xEF, 0xBB, 0xBF] + page(charset: nil, body: utf8), "UTF-8", nil),
    ] as [([UInt8], String, String?)])
    func encodingIsChosenFromBytesAndDeclaration(_ bytes: [UInt8], _ name: String, _ warning: String?) {
        let choice = HTMLEncodingSniffer.choose(for: bytes)
        #expect(choice.name == name)
        #expect(choice.warning == warning)
    }

    @Test(arguments: [
        (page(charset: nil, body: utf8), "perché “ciao” €"),
        (page(charset: "windows-1252", body: cp1252), "perché “ciao” €"),
        (page(charset: "iso-8859-1", body: cp1252), "perché “ciao” €"),
        (page(charset: nil, body: cp1252), "perché “ciao” €"),
        (page(charset: "iso-8859-15", body: latin9), "perché costa 5 €"),
        ([0xEF, 0xBB, 0xBF] + page(charset: "utf-8", body: utf8), "perché “ciao” €"),
        (Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>".utf8) + cp1252, "perché “ciao” €"),
    ] as [([UInt8], String)])
    func textIsDecodedCorrectlyInEveryEncoding(_ bytes: [UInt8], _ text: String) throws {
        let choice = HTMLEncodingSniffer.choose(for: bytes)
        let tree = try HTMLParser.parse(bytes, encoding: choice.forced, maxDepth: 256, path: "p.html")
        #expect(tree.text(of: 0) == text)
    }

    @Test(arguments: [
        ("<meta charset=\"UTF-8\">", "utf-8"),
        ("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">", "iso-8859-1"),
        ("<meta charset=windows-1252>", "windows-1252"),
        ("<?xml version=\"1.0\" encoding=\"iso-8859-15\"?><html>", "iso-8859-15"),
        ("<p>charset=utf-8 in the text</p>", nil),
    ] as [(String, String?)])
    func declaredCharsetIsFoundInMetaOrXMLDeclaration(_ head: String, _ charset: String?) {
        #expect(HTMLEncodingSniffer.declaredCharset(in: Array(head.utf8)) == charset)
    }
}
