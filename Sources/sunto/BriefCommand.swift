import ArgumentParser
import Sunto

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `sunto brief FILE…|-`: the brief of each article, in input order.
struct BriefCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Make the Italian and English brief of one or more articles.",
        discussion: """
            Each FILE is an Italian article: plain text (UTF-8, UTF-16 with a BOM; \
            Windows-1252/Latin-1 is recognised) or a saved web page (.html, .htm), each also \
            gzipped (.gz); `-` reads standard input. Several files are processed at once through \
            the pipeline and printed in the order given; with --format json several files give a \
            JSON array. --format html writes one self-contained page for one article; for a \
            folder of pages with an index, use sunto batch --format html.

            Exit codes: 0 ok · 1 some inputs failed (the others were done) · 64 usage or engine not \
            installed · 65 bad input data · 66 input missing · 73 cannot write output.

            Examples:
              sunto brief examples/vertice-energia.txt
              sunto brief --lang it --words 60 article.txt
              sunto brief --format json --sentences 2 a.txt b.txt
              sunto brief --format html pagina.html > brief.html
            """
    )

    @Argument(help: ArgumentHelp("Article files; - for standard input.", valueName: "file"))
    var files: [String]

    @Option(name: .long, help: "Output format: md, json, html or text.")
    var format: OutputFormat = .md

    @OptionGroup var options: PipelineOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one article file, or - for standard input") }
        guard files.filter({ $0 == "-" }).count <= 1 else { throw ValidationError("standard input (-) can be read only once") }
        guard format != .html || files.count == 1 else {
            throw ValidationError("--format html writes one page for one article: give one file, or use sunto batch IN_DIR --out OUT_DIR --format html for several (it also writes an index)")
        }
    }

    func run() async throws {
        let pipeline: Pipeline
        do {
            pipeline = try options.makePipeline()
        } catch {
            Diagnostics.fail(error)
        }
        let inputs = FileDocuments(paths: files, maxBytes: pipeline.maxInputBytes)
        let renderer = format.renderer
        let asArray = format == .json && files.count > 1
        var output = StandardOutput()
        var failures: [SuntoError] = []
        var written = 0
        if asArray { output.write("[\n") }
        func write(_ brief: [UInt8]) {
            if asArray {
                if written > 0 { output.write(",\n") }
                output.writeDroppingFinalNewline(utf8: brief)
            } else {
                if written > 0, format != .json { output.write("\n") }
                output.write(utf8: brief)
            }
            written += 1
        }
        // Briefs come out of the pipeline in input order; each is rendered in a task of its own,
        // so that rendering runs on every core, and written in the same order. At most
        // `renderingAhead` wait at once.
        let renderingAhead = 8
        var rendering: [Task<[UInt8], Never>] = []
        await pipeline.run(inputs: inputs) { _, result in
            switch result {
            case .success(let document):
                rendering.append(Task { renderer.renderUTF8(document) })
                if rendering.count > renderingAhead { write(await rendering.removeFirst().value) }
            case .failure(let error):
                for task in rendering { write(await task.value) }
                rendering.removeAll()
                failures.append(error)
                Diagnostics.report(error)
            }
        }
        for task in rendering { write(await task.value) }
        if asArray { output.write("\n]\n") }
        if let failure = failures.first {
            throw ExitCode(files.count == 1 ? failure.exitCode : 1)
        }
    }
}
