import ArgumentParser
import Sunto

/// `sunto extract FILE.html…`: the article text and metadata of saved web pages.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the article text and metadata of web pages.",
        discussion: """
            Each FILE is a saved web page (.html, .htm, or the same gzip-compressed as .html.gz); \
            `-` reads standard input. Menus, share bars, related links, comments, captions and \
            cookie notices are left out; paragraphs are separated by blank lines. With --format json \
            several files give one JSON object per line (JSON Lines).

            Exit codes: 0 ok · 1 some pages failed (the others were done) · 65 no article found, \
            empty or damaged page · 66 file missing.

            Examples:
              sunto extract pagina.html
              sunto extract --format json salvate/*.html.gz > articoli.jsonl
            """
    )

    @Argument(help: ArgumentHelp("Web pages; - for standard input.", valueName: "file"))
    var files: [String]

    @Option(name: .long, help: "Output format: text or json.")
    var format: ExtractedArticleRenderer.Format = .text

    @Option(name: .long, help: "Largest page accepted, in bytes (after gzip inflation).")
    var maxBytes: Int = DecodeStage.defaultMaxBytes

    @Option(name: .long, help: "Elements nested deeper than this are merged into their parent (1-256).")
    var maxDepth: Int = HTMLLimits.parserDepthLimit

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one page, or - for standard input") }
        guard maxBytes >= 1 else { throw ValidationError("--max-bytes must be at least 1") }
        guard (1...HTMLLimits.parserDepthLimit).contains(maxDepth) else {
            throw ValidationError("--max-depth must be between 1 and \(HTMLLimits.parserDepthLimit)")
        }
    }

    func run() throws {
        let extractor = HTMLArticleExtractor(limits: HTMLLimits(maxBytes: maxBytes, maxDepth: maxDepth))
        let renderer = ExtractedArticleRenderer(format: format, pretty: files.count == 1)
        var output = StandardOutput()
        var failures: [SuntoError] = []
        for (index, path) in files.enumerated() {
            do {
                let bytes = try InputFile.read(path, maxBytes: maxBytes)
                let article = try extractor.extract(bytes, path: path)
                let source = SourceInfo(path: path, format: .html, sha256: DecodeStage.sha256(bytes), encoding: article.encoding)
                if index > 0, format == .text { output.write("\n") }
                output.write(renderer.render(article, source: source))
            } catch {
                failures.append(error)
                Diagnostics.report(error)
            }
        }
        if let failure = failures.first {
            throw ExitCode(files.count == 1 ? failure.exitCode : 1)
        }
    }
}

extension ExtractedArticleRenderer.Format: ExpressibleByArgument {}
