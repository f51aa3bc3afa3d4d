import ArgumentParser
import Sunto

/// `sunto extract FILE.html…`: the article text and metadata of saved web pages.
struct ExtractCommand: AsyncParsableCommand {
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

    @Option(name: .long, help: "Pages read at once (default: cores).")
    var jobs: Int?

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one page, or - for standard input") }
        guard maxBytes >= 1 else { throw ValidationError("--max-bytes must be at least 1") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        guard (1...HTMLLimits.parserDepthLimit).contains(maxDepth) else {
            throw ValidationError("--max-depth must be between 1 and \(HTMLLimits.parserDepthLimit)")
        }
    }

    /// Reads the pages on every core; their articles are written in the order of the files.
    func run() async throws {
        let extractor = HTMLArticleExtractor(limits: HTMLLimits(maxBytes: maxBytes, maxDepth: maxDepth))
        let renderer = ExtractedArticleRenderer(format: format, pretty: files.count == 1)
        let (files, maxBytes, format) = (files, maxBytes, format)
        var output = StandardOutput()
        var failures: [SuntoError] = []
        await InOrder.map(count: files.count, jobs: jobs ?? PipelineRunner.defaultReplicas, { index -> Result<String, SuntoError> in
            let path = files[index]
            do throws(SuntoError) {
                let bytes = try InputFile.read(path, maxBytes: maxBytes)
                let article = try extractor.extract(bytes, path: path)
                return .success(renderer.render(
                    article, source: SourceInfo(path: path, format: .html, sha256: DecodeStage.sha256(bytes), encoding: article.encoding)))
            } catch {
                return .failure(error)
            }
        }, deliver: { index, result in
            switch result {
            case .success(let text):
                if index > 0, format == .text { output.write("\n") }
                output.write(text)
            case .failure(let error):
                failures.append(error)
                Diagnostics.report(error)
            }
        })
        if let failure = failures.first {
            throw ExitCode(files.count == 1 ? failure.exitCode : 1)
        }
    }
}

extension ExtractedArticleRenderer.Format: ExpressibleByArgument {}
