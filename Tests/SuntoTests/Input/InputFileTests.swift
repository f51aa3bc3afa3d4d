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
}
