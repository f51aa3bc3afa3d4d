import Foundation
import Testing

@testable import Sunto

/// The limits on user glossaries: a file too large or with too many entries is refused with an
/// error naming the file and the option that raises the limit.
@Suite struct GlossaryLimitsTests {
    static let rows = "it\ten\n" + (1...50).map { "termine\($0)\tterm\($0)\n" }.joined()

    @Test func aGlossaryOverTheByteLimitIsRefused() {
        #expect {
            try GlossaryLoader.parse(Array(Self.rows.utf8), path: "grande.tsv", limits: GlossaryLimits(maxBytes: 100))
        } throws: { error in
            guard case .glossary(let file, _, let message) = error as? SuntoError else { return false }
            return file == "grande.tsv" && message.contains("over the limit of 100 bytes") && message.contains("max-file-bytes")
        }
    }

    @Test func aGlossaryOverTheEntryLimitIsRefused() {
        #expect {
            try GlossaryLoader.parse(Array(Self.rows.utf8), path: "lunga.tsv", limits: GlossaryLimits(maxEntries: 49))
        } throws: { error in
            guard case .glossary(_, _, let message) = error as? SuntoError else { return false }
            return message == "50 entries is over the limit of 49; split the glossary or raise the glossary stage's max-entries"
        }
    }

    @Test func atTheLimitsTheGlossaryLoads() throws {
        let bytes = Array(Self.rows.utf8)
        let glossary = try GlossaryLoader.parse(bytes, path: "giusta.tsv", limits: GlossaryLimits(maxBytes: bytes.count, maxEntries: 50))
        #expect(glossary.entries.count == 50)
    }

    @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sunto-glossary-\(UUID().uuidString).tsv")
        try Data(Self.rows.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            try GlossaryLoader.load(url.path, limits: GlossaryLimits(maxBytes: 10))
        } throws: { error in
            guard case .glossary(let file, 0, let message) = error as? SuntoError else { return false }
            return file == url.path && message.hasPrefix("\(Self.rows.utf8.count) bytes is over the limit of 10 bytes")
        }
    }

    @Test func thePipelineSetsTheLimitsForItsFilesAndTheCommandLines() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sunto-glossary-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.rows.utf8).write(to: folder.appendingPathComponent("extra.tsv"))
        let yaml = "stages:\n  - segment\n  - glossary:\n      builtin: false\n      max-entries: 10\n"
        let spec = try PipelineSpec.parse(yaml: yaml, file: folder.appendingPathComponent("p.yaml").path)
        #expect {
            try Pipeline(spec: spec, settings: PipelineSettings(languages: [.it], glossaries: [folder.appendingPathComponent("extra.tsv").path]))
        } throws: { error in
            guard case .glossary(_, _, let message) = error as? SuntoError else { return false }
            return message.contains("over the limit of 10")
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func nestedEntitiesInATBXFileAreNeverExpanded() {
        var dtd = "<!DOCTYPE martif [<!ENTITY a0 \"centrale \">"
        for level in 1...12 { dtd += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 8) + "\">" }
        let tbx = "<?xml version=\"1.0\"?>" + dtd + "]><martif type=\"TBX\"><text><body><termEntry>"
            + "<langSet xml:lang=\"it\"><tig><term>banca &a12;</term></tig></langSet>"
            + "<langSet xml:lang=\"en\"><tig><term>central bank</term></tig></langSet></termEntry></body></text></martif>"
        let glossary = try? GlossaryLoader.parse(Array(tbx.utf8), path: "bomba.tbx")
        #expect((glossary?.entries.first?.it.count ?? 0) < 100)
    }
}
