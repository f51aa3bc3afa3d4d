import Testing

@testable import Sunto

@Suite struct TextDecoderTests {
    let decoder = TextDecoder()

    @Test(arguments: [
        ([0xEF, 0xBB, 0xBF] + Array("perché".utf8), "perché", "UTF-8"),
        (Array("città €".utf8), "città €", "UTF-8"),
        ([0xFF, 0xFE, 0x70, 0x00, 0xE8, 0x00], "pè", "UTF-16LE"),
        ([0xFE, 0xFF, 0x00, 0x70, 0x00, 0xE8], "pè", "UTF-16BE"),
        // Windows-1252: "perché “ciao” costa 5 €" with typographic quotes and the euro sign.
        (Array("perch".utf8) + [0xE9, 0x20, 0x93] + Array("ciao".utf8) + [0x94, 0x20, 0x80], "perché “ciao” €", "windows-1252"),
        // Latin-1 letters only: "Città di Forlì".
        (Array("Citt".utf8) + [0xE0] + Array(" di Forl".utf8) + [0xEC], "Città di Forlì", "windows-1252"),
    ] as [([UInt8], String, String)])
    func textEncodingsAreRecognised(_ bytes: [UInt8], _ text: String, _ encoding: String) throws {
        let decoded = try decoder.decode(bytes, path: "a.txt")
        #expect(decoded.text == text)
        #expect(decoded.encoding == encoding)
    }

    @Test(arguments: [
        ([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00], "NUL"),
        ([0x41, 0x81, 0x42], "undefined in Windows-1252"),
        ([0xC3, 0x28, 0xA0, 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xB1, 0xB2, 0xB3], "not recognisably"),
        (Array(repeating: 0x01, count: 20) + Array("testo".utf8), "control characters"),
        ([0xEF, 0xBB, 0xBF, 0xC3, 0x28], "byte-order mark"),
        ([0xFF, 0xFE, 0x41], "odd number"),
    ] as [([UInt8], String)])
    func undecodableBytesGiveAnErrorNamingTheFile(_ bytes: [UInt8], _ reason: String) {
        #expect {
            try decoder.decode(bytes, path: "dati/bad.txt")
        } throws: { error in
            guard let error = error as? SuntoError, case .undecodable(let path, let message) = error else { return false }
            return path == "dati/bad.txt" && message.contains(reason) && error.exitCode == 65
        }
    }
}
