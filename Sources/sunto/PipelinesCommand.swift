import ArgumentParser
import Sunto

/// `sunto pipelines list|show`: the pipelines built into the binary.
struct PipelinesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipelines",
        abstract: "List the built-in pipelines or print one as YAML.",
        subcommands: [List.self, Show.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the built-in pipelines.")

        func run() throws {
            for name in PipelineSpec.builtInYAML.keys.sorted() {
                let spec = try? PipelineSpec.builtIn(named: name)
                print("\(name)\t\(spec?.description ?? "")")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Print a built-in pipeline as YAML (a start for your own).")

        @Argument(help: "The pipeline's name.")
        var name: String

        func run() throws {
            guard let yaml = PipelineSpec.builtInYAML[name] else {
                Diagnostics.fail(SuntoError.usage("no built-in pipeline '\(name)'; see `sunto pipelines list`"))
            }
            print(yaml, terminator: "")
        }
    }
}
