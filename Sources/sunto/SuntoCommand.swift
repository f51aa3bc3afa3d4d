import ArgumentParser
import Sunto

/// The `sunto` command: Italian news in, an Italian and an English brief out.
@main
struct SuntoCommand: AsyncParsableCommand {
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
}
