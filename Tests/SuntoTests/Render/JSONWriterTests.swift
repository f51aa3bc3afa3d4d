import Foundation
import Testing

@testable import Sunto

/// Numbers are written with exactly four decimals and strings escaped only where JSON needs it.
@Suite struct JSONWriterTests {
    @Test(arguments: [
        (0.0, "0.0000"), (1.23456, "1.2346"), (-0.05, "-0.0500"), (12, "12.0000"), (-0.00001, "0.0000"),
        (0.99995, "1.0000"), (123456.5, "123456.5000"), (-3.14159, "-3.1416"), (Double.nan, "0"), (Double.infinity, "0"),
    ])
    func numbersHaveFourDecimals(value: Double, text: String) {
        #expect(JSONWriter.fixed(value) == text)
    }

    @Test(arguments: [(0, "0"), (7, "7"), (-12, "-12"), (1_234_567, "1234567"), (Int.min, "-9223372036854775808")])
    func integersAreWrittenInFull(value: Int, text: String) {
        var writer = JSONWriter(pretty: false)
        writer.int(value)
        #expect(writer.output == text)
    }

    @Test func prettyOutputIndentsTwoSpacesAndEndsItsLine() {
        var writer = JSONWriter(pretty: true)
        writer.object { json in
            json.field("a", 1)
            json.key("b")
            json.array { json in json.bool(true) }
            json.field("c", nil as String?)
        }
        #expect(writer.line == "{\n  \"a\": 1,\n  \"b\": [\n    true\n  ],\n  \"c\": null\n}\n")
    }

    /// Indentation is two spaces a level at every depth, shallow lines and deep ones alike, in
    /// a writer that starts small and grows.
    @Test func deepNestingIsIndentedTwoSpacesALevel() {
        func nest(_ json: inout JSONWriter, _ depth: Int) {
            json.array { json in
                json.int(depth)
                if depth < 12 { nest(&json, depth + 1) }
            }
        }
        var writer = JSONWriter(pretty: true, capacity: 1)
        nest(&writer, 1)
        var expected = ""
        for depth in 1...12 { expected += "[\n" + String(repeating: "  ", count: depth) + "\(depth)" + (depth < 12 ? ",\n" + String(repeating: "  ", count: depth) : "") }
        for depth in (1...12).reversed() { expected += "\n" + String(repeating: "  ", count: depth - 1) + "]" }
        #expect(writer.output == expected)
    }

    /// Every key is escaped as a string is.
    @Test(arguments: ["it", "en_plural", "", "a\"b", "c\\d", "città", "tab\there", "\u{2028}", "~"])
    func keysReadBackAsWritten(_ name: String) throws {
        var writer = JSONWriter(pretty: false)
        writer.object { json in
            json.key(named: name)
            json.int(1)
        }
        let object = try JSONSerialization.jsonObject(with: Data(writer.output.utf8)) as? [String: Int]
        #expect(object == [name: 1], "\(writer.output)")
        #expect(writer.output == "{" + JSONWriter.quoted(name) + ":1}")
    }

    @Test func aLiteralKeyIsWrittenAsTheSameKeyMadeAtRunTime() {
        var literal = JSONWriter(pretty: true)
        var named = JSONWriter(pretty: true)
        literal.object { json in json.field("sentence", 3); json.key("text"); json.string("Roma") }
        named.object { json in json.key(named: "sentence"); json.int(3); json.key(named: "text"); json.string("Roma") }
        #expect(literal.output == named.output)
        #expect(literal.output == "{\n  \"sentence\": 3,\n  \"text\": \"Roma\"\n}")
    }

    @Test func stringsAreEscapedOnlyWhereNeeded() {
        #expect(JSONWriter.quoted("perché «sì» – “no”") == "\"perché «sì» – “no”\"")
        #expect(JSONWriter.quoted("a \"b\"\\\n\t\u{1}\u{2028}\u{2029}") == #""a \"b\"\\\n\t\u0001\u2028\u2029""#)
        // Runs between escapes are kept whole, other E2 characters (’ —) stay as they are.
        #expect(JSONWriter.quoted("l’a\u{2028}b—c\"d’") == #""l’a\u2028b—c\"d’""#)
    }

    /// Strings are tested eight bytes at a time: a character needing escape is found at every
    /// place in and across those words, and the JSON reads back as the text.
    @Test(arguments: ["\"", "\\", "\n", "\u{1}", "\u{1F}", "\u{2028}", "’", "è", " ", "\u{7F}"])
    func everyPlaceOfACharacterIsEscapedRight(special: String) throws {
        for length in 0...20 {
            for place in 0...length {
                let text = String(repeating: "a", count: place) + special + String(repeating: "b", count: length - place)
                let json = JSONWriter.quoted(text)
                let read = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed) as? String
                #expect(read == text, "\(json)")
                #expect(json.contains("\u{2028}") == false && json.unicodeScalars.allSatisfy { $0.value >= 0x20 })
            }
        }
    }

    @Test func wordsOfEightBytesAreCheckedForEveryByteThatMayNeedEscaping() {
        for byte in 0...255 {
            for place in 0..<8 {
                let word = (UInt64(0x61) * 0x0101_0101_0101_0101) & ~(UInt64(0xFF) << (place * 8)) | (UInt64(byte) << (place * 8))
                let needs = byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2
                #expect(JSONWriter.mayNeedEscaping(word) == needs, "byte \(byte) at \(place)")
            }
        }
    }
}
