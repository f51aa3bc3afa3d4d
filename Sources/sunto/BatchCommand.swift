import ArgumentParser
import Foundation
import Sunto

/// `sunto batch IN_DIR --out OUT_DIR`: the briefs of every article of a folder, mirrored into
/// another folder.
struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Brief every article of a folder into an output folder that mirrors it.",
        discussion: """
            Reads IN_DIR and its subfolders: .txt, .md, .html and .htm files, each also gzipped \
            (.gz); names starting with a dot are skipped, symbolic links are followed (a link \
            loop is reported, not followed). Each article gets one file per format under OUT_DIR, \
            at the same place: politica/a01.txt gives politica/a01.md, politica/a01.json, … \
            With html among the formats, OUT_DIR/index.html lists every brief.

            Every file is written whole or not at all. A rerun skips the articles whose outputs \
            are up to date (same bytes, same pipeline, glossaries and options, recorded in \
            OUT_DIR/manifest.jsonl); --force redoes them. An article that cannot be briefed \
            (binary, empty, undecodable, too large, not Italian, a page with no article) does \
            not stop the batch: it is listed in OUT_DIR/failures.jsonl with the reason. \
            Ctrl-C stops cleanly (a second Ctrl-C quits at once); run the same command again to \
            do the rest.

            Progress is shown on standard error when it is a terminal (NO_COLOR turns colours \
            off), a one-line summary otherwise; --quiet shows neither.

            Exit codes: 0 ok · 1 some articles failed (the others were done) · 64 usage, bad \
            pipeline or engine not installed · 66 input folder missing · 73 cannot write the \
            output folder · 130 interrupted.

            Examples:
              sunto batch articoli --out sintesi
              sunto batch articoli --out sintesi --format md,json,html --lang it --jobs 4
              sunto batch archivio --out sintesi --include '2024/**' --exclude '*.md'
            """
    )

    @Argument(help: ArgumentHelp("The folder of articles.", valueName: "in-dir"))
    var input: String

    @Option(name: .long, help: ArgumentHelp("The output folder (created when missing).", valueName: "out-dir"))
    var out: String

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Formats written: md, json, html, text; several with commas or repeated (default md).", valueName: "formats"))
    var format: [String] = []

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Only files matching this glob (e.g. '2024/**/*.html'); repeatable.", valueName: "glob"))
    var include: [String] = []

    @Option(name: .long, parsing: .singleValue,
            help: ArgumentHelp("Leave out files and folders matching this glob (e.g. 'bozze'); repeatable.", valueName: "glob"))
    var exclude: [String] = []

    @Flag(name: .long, help: "Redo every article, even those whose outputs are up to date.")
    var force = false

    @Flag(name: .long, help: "Show no progress and no summary.")
    var quiet = false

    @Flag(name: .long, help: "Brief articles whatever language they read as (by default non-Italian ones fail).")
    var anyLanguage = false

    @OptionGroup var options: PipelineOptions

    func validate() throws {
        _ = try FormatList.parse(format)
    }

    func run() async throws {
        let pipeline = options.pipelineOrExit()
        let job: BatchJob
        do {
            job = try makeJob()
        } catch {
            Diagnostics.fail(error)
        }
        let stop = StopFlag()
        let signals = StopSignals(stop: stop)
        defer { signals.cancel() }
        let runner = BatchRunner(pipeline: pipeline, job: job, stop: stop, indexPage: indexPage(for: job))
        var display = ProgressDisplay(color: ProgressDisplay.usesColor)
        if job.countFirst { display.start(runner.tracker) }
        let summary: BatchSummary
        do {
            summary = try await runner.run()
        } catch {
            await display.finish()
            Diagnostics.fail(error)
        }
        await display.finish()
        if !quiet {
            FileHandle.standardError.write(Data((ProgressLine(color: ProgressDisplay.usesColor).summary(summary) + "\n").utf8))
        }
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }

    private func makeJob() throws(SuntoError) -> BatchJob {
        var includes: [GlobPattern] = []
        for pattern in include { includes.append(try GlobPattern(pattern)) }
        var excludes: [GlobPattern] = []
        for pattern in exclude { excludes.append(try GlobPattern(pattern)) }
        let formats: [OutputFormat]
        do {
            formats = try FormatList.parse(format)
        } catch {
            throw .usage("\(error)")
        }
        return BatchJob(
            input: input, output: out, formats: formats, include: includes, exclude: excludes, force: force,
            languageCheck: !anyLanguage, countFirst: !quiet && ProgressDisplay.isTerminal
        )
    }

    /// The index page, when HTML is among the formats.
    private func indexPage(for job: BatchJob) -> (any BatchIndexPage)? {
        guard job.formats.contains(.html) else { return nil }
        let folder = URL(fileURLWithPath: input).standardizedFileURL.lastPathComponent
        return HTMLIndexRenderer(title: folder.isEmpty ? "Briefs" : folder)
    }
}
