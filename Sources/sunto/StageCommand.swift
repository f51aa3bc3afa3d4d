import ArgumentParser
import Foundation
import Sunto

/// `sunto stage`: JSON Lines in on standard input, one brief a line out on standard output.
struct StageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stage",
        abstract: "Brief JSON Lines records from standard input, one output line per input line, in order.",
        discussion: """
            Each input line is a JSON object: {"id": …, "text": "…"} for an article as plain \
            text, {"id": …, "html": "…"} for a web page, or {"id": …, "bytes": "…"} for a \
            file's content in base64 (read as sunto batch reads files: gzip, encodings, HTML by \
            the id's extension or by content). "lang" ("it", "en", "it,en" or a list) narrows the \
            briefs of that record within --lang; other keys are ignored.

            Each output line is the brief JSON (as --format json, on one line) with the record's \
            id first, or for a record that cannot be briefed an error record:
              {"id": …, "line": N, "error": {"kind", "exit_code", "name", "message"}}
            Lines are written in input order as soon as they are ready, so sunto stage works in \
            a Unix pipe and under Spark's rdd.pipe, Hadoop streaming or GNU parallel; --jobs \
            briefs several records at once and keeps the order.

            Exit codes: 0 every line answered (error records included) · 64 usage, bad pipeline \
            or engine not installed · 66 standard input unreadable · 73 standard output \
            unwritable.

            Examples:
              echo '{"id": "a1", "text": "Il governo ha approvato la manovra. …"}' | sunto stage --lang it
              sunto stage --jobs 4 < records.jsonl > briefs.jsonl
            """
    )

    @Flag(name: .long, help: "Brief articles whatever language they read as (by default non-Italian ones give an error record).")
    var anyLanguage = false

    @OptionGroup var options: PipelineOptions

    func run() async throws {
        let pipeline = options.pipelineOrExit()
        do {
            _ = try await StageMode(pipeline: pipeline, languageCheck: !anyLanguage).run(input: STDIN_FILENO, output: STDOUT_FILENO)
        } catch {
            Diagnostics.fail(error)
        }
    }
}
