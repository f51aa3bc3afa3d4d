import Foundation
import Testing

@testable import Sunto

/// Writes a sample folder of HTML pages — brief pages and their `index.html` — for
/// `scripts/html-pages` to validate and screenshot when `sunto batch` is not available.
///
/// Runs only when `SUNTO_HTML_SAMPLES` names the folder to write to. English comes from
/// Apertium when it is installed, from the stand-in engine of ``RenderFixture`` otherwise.
@Suite struct HTMLSamplePagesTests {
    private static let folder = ProcessInfo.processInfo.environment["SUNTO_HTML_SAMPLES"]

    private static let articles = [
        "examples/vertice-energia.txt", "examples/damaged.txt", "Tests/SuntoTests/Fixtures/render/treni-liguria.txt",
        "Tests/SuntoTests/Fixtures/articles/a01.txt", "Tests/SuntoTests/Fixtures/articles/a02.txt",
        "Tests/SuntoTests/Fixtures/articles/a03.txt", "Tests/SuntoTests/Fixtures/articles/a05.txt",
    ]

    @Test(.enabled(if: folder != nil, "set SUNTO_HTML_SAMPLES to a folder to write the sample pages"))
    func writeSamplePages() async throws {
        let output = URL(fileURLWithPath: try #require(Self.folder), relativeTo: CommandRunner.root)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let glossary = RenderFixture.folder.appendingPathComponent(RenderFixture.glossary).path
        let pipeline = try Pipeline(settings: PipelineSettings(sentences: 3, languages: [.it], jobs: 1, glossaries: [glossary]))
        let apertium = ApertiumTranslator()
        let translator: any Translator = (try? apertium.checkAvailable()) != nil ? apertium : RenderFixture.KeepingTranslator()
        var entries: [BatchIndexEntry] = []
        for article in Self.articles {
            let text = try String(contentsOf: CommandRunner.root.appendingPathComponent(article), encoding: .utf8)
            var document = try await pipeline.brief(text: text, path: article)
            document = try await TranslateStage(translator: translator).process(document)
            let page = URL(fileURLWithPath: article).deletingPathExtension().lastPathComponent + ".html"
            try Data(HTMLRenderer(indexLink: "index.html").render(document).utf8).write(to: output.appendingPathComponent(page))
            entries.append(BatchIndexEntry(document: document, path: page))
        }
        entries.append(.failed(path: "archivio/rotto.txt", reason: "archivio/rotto.txt: not readable text: binary data"))
        let index = HTMLIndexRenderer(title: "Sample briefs").render(entries)
        try Data(index.utf8).write(to: output.appendingPathComponent("index.html"))
        #expect(try RenderFixture.parse(index).rootElement()?.name == "html")
    }
}
