import Testing

@testable import Sunto

@Suite struct BatchManifestTests {
    private let entry = BatchManifest.Entry(path: "a/b.txt", sha256: "abc", fingerprint: "f1", outputs: ["a/b.md"])

    @Test func anEntryIsUpToDateForTheSameBytesAndFingerprintOnly() {
        var manifest = BatchManifest()
        manifest.record(entry)
        #expect(manifest.isUpToDate(path: "a/b.txt", sha256: "abc", fingerprint: "f1"))
        #expect(!manifest.isUpToDate(path: "a/b.txt", sha256: "abd", fingerprint: "f1"))
        #expect(!manifest.isUpToDate(path: "a/b.txt", sha256: "abc", fingerprint: "f2"))
        #expect(!manifest.isUpToDate(path: "a/c.txt", sha256: "abc", fingerprint: "f1"))
    }

    @Test func theLastLineOfAPathWinsAndACutLineIsSkipped() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var newer = entry
        newer.sha256 = "def"
        try folder.write("manifest.jsonl", text: entry.jsonLine + newer.jsonLine + #"{"path":"x.txt","sha2"#)
        let manifest = try BatchManifest.load(from: folder("manifest.jsonl"))
        #expect(manifest.count == 1)
        #expect(manifest.isUpToDate(path: "a/b.txt", sha256: "def", fingerprint: "f1"))
        #expect(!manifest.isUpToDate(path: "a/b.txt", sha256: "abc", fingerprint: "f1"))
    }

    @Test func aMissingManifestIsEmpty() throws {
        #expect(try BatchManifest.load(from: "/nonexistent/manifest.jsonl").count == 0)
    }

    @Test func compactingKeepsOnlyTheLastLineOfEachPath() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var lines = ""
        for round in 0..<4 {
            for file in 0..<600 {
                lines += BatchManifest.Entry(path: "f\(file).txt", sha256: "s\(round)", fingerprint: "f", outputs: []).jsonLine
            }
        }
        try folder.write("manifest.jsonl", text: lines)
        let manifest = try BatchManifest.load(from: folder("manifest.jsonl"))
        let worthCompacting = manifest.isWorthCompacting
        #expect(worthCompacting)
        try manifest.compact(at: folder("manifest.jsonl"))
        let compacted = try folder.text("manifest.jsonl").split(separator: "\n")
        #expect(compacted.count == 600)
        #expect(compacted.allSatisfy { $0.contains(#""sha256":"s3""#) })
        let reloaded = try BatchManifest.load(from: folder("manifest.jsonl"))
        #expect(reloaded.isUpToDate(path: "f7.txt", sha256: "s3", fingerprint: "f"))
    }

    @Test func aLineIsStableJSON() {
        #expect(entry.jsonLine == #"{"path":"a/b.txt","sha256":"abc","fingerprint":"f1","outputs":["a/b.md"]}"# + "\n")
    }
}
