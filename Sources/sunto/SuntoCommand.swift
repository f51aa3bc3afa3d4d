import Foundation
import ArgumentParser
import Sunto

/// The `sunto` command: Italian news in, an Italian and an English brief out.
@main
struct SuntoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sunto",
        abstract: "Extractive Italian and English briefs of Italian news articles.",
        discussion: """
            Examples:
              sunto brief examples/vertice-energia.txt
              sunto brief --lang it --sentences 2 article.txt
              sunto brief --format json a.txt b.txt c.txt > briefs.json
              cat article.txt | sunto brief -
              sunto pipelines show default
            """,
        version: SuntoVersion.current,
        subcommands: [BriefCommand.self, BatchCommand.self, StageCommand.self, GlossaryCommand.self, PipelinesCommand.self, ExtractCommand.self, ExplainCommand.self, TranslateCommand.self],
        defaultSubcommand: nil
    )

    /// Parses the command line and runs the command; for the commands that brief, the built-in
    /// glossaries are read and indexed on another core meanwhile (parsing the options and the
    /// pipeline takes about as long), then the translation engine's tables.
    ///
    /// `main` is synchronous and waits for an asynchronous command on a semaphore: an `async`
    /// main hands the main thread to Dispatch, which ends it with `pthread_exit`, and unwinding
    /// that thread's stack is a needless cost at the end of every run.
    static func main() {
        if let command = CommandLine.arguments.dropFirst().first, ["brief", "batch", "stage", "explain"].contains(command) {
            StartupPreparation.start()
        }
        do {
            var command = try parseAsRoot()
            if let asyncCommand = command as? AsyncParsableCommand {
                try AsyncRun.wait(for: asyncCommand)
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
