import Foundation
import Testing

@testable import Sunto

@Suite struct InputFileTests {
    @Test func aMissingFileIsNamedInTheError() {
        #expect(throws: SuntoError.inputMissing(path: "/nonexistent/articolo.txt")) {
            try InputFile.read("/nonexistent/articolo.txt")
        }
    }

    @Test func aFolderIsNotAnArticle() {
        #expect(throws: SuntoError.unreadable(path: NSTemporaryDirectory(), reason: "it is a folder")) {
            try InputFile.read(NSTemporaryDirectory())
        }
    }

    @Test func filesAreReadLazilyAndFailuresStayInPlace() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sunto-input-\(UUID().uuidString).txt")
        try Data("Testo.".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let results = Array(FileDocuments(paths: [url.path, "/nonexistent/b.txt"]))
        #expect(results.count == 2)
        #expect((try? results[0].get())?.bytes == Array("Testo.".utf8))
        if case .failure(let error) = results[1] { #expect(error == .inputMissing(path: "/nonexistent/b.txt")) } else { Issue.record("expected a failure") }
    }

    @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sunto-input-\(UUID().uuidString).txt")
        try Data(repeating: 0x61, count: 5_000).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: SuntoError.tooLarge(path: url.path, bytes: 5_000, limit: 1_000)) { try InputFile.read(url.path, maxBytes: 1_000) }
        let results = Array(FileDocuments(paths: [url.path], maxBytes: 1_000))
        if case .failure(let error) = results[0] { #expect(error == .tooLarge(path: url.path, bytes: 5_000, limit: 1_000)) } else { Issue.record("expected a failure") }
    }

    @Test(.timeLimit(.minutes(1)))
    func anEndlessDeviceStopsAtTheLimit() {
        #expect {
            try InputFile.read("/dev/zero", maxBytes: 3 << 20)
        } throws: { error in
            guard case .tooLarge(let path, let bytes, let limit) = error as? SuntoError else { return false }
            return path == "/dev/zero" && bytes > limit && limit == 3 << 20
        }
    }
}
