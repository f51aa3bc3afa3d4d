import Foundation
import Testing

@testable import Sunto

@Suite struct LineReaderTests {
    private func lines(of bytes: [UInt8], limit: Int) throws -> [LineReader.Line] {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("input", bytes)
        let descriptor = open(path, O_RDONLY)
        defer { close(descriptor) }
        var reader = LineReader(descriptor: descriptor, maxLineBytes: limit)
        var lines: [LineReader.Line] = []
        while let line = try reader.next() { lines.append(line) }
        return lines
    }

    @Test(arguments: [
        ("a\nb\n", ["a", "b"]),
        ("a\nb", ["a", "b"]),
        ("a\r\nb\r\n", ["a", "b"]),
        ("\n\nc\n", ["", "", "c"]),
        ("", []),
    ] as [(String, [String])])
    func linesAreSplitAtNewlinesAndTheLastNeedsNone(_ input: String, _ expected: [String]) throws {
        #expect(try lines(of: Array(input.utf8), limit: 100) == expected.map { .text(Array($0.utf8)) })
    }

    @Test func aLineOverTheLimitIsReportedAndTheNextLinesAreStillRead() throws {
        let long = [UInt8](repeating: 0x61, count: 300_000)
        let result = try lines(of: Array("first\n".utf8) + long + Array("\nlast\n".utf8), limit: 1000)
        #expect(result == [.text(Array("first".utf8)), .tooLong(bytes: 300_001), .text(Array("last".utf8))])
    }

    @Test func aLineAsLongAsTheLimitIsKept() throws {
        let line = [UInt8](repeating: 0x62, count: 200_000)
        #expect(try lines(of: line + [0x0A], limit: 200_000) == [.text(line)])
    }
}
