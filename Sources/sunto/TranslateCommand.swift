import ArgumentParser
import Foundation
import Sunto

/// `sunto translate`: Italian sentences a line on standard input → English a line on standard
/// output, the line count kept, so any parallel test set can be scored.
struct TranslateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract: "Translate Italian sentences, one a line, from standard input to English.",
        discussion: """
            Each input line is one sentence; the output has exactly as many lines. Glossary terms \
            (the built-in glossaries and any --glossary file) are protected from the engine and \
            written with the glossary's English.

            Engines: builtin (default, needs nothing installed), apertium (Debian packages \
            \(ApertiumTranslator.packages)), command (any program reading sentences a line on \
            standard input and writing them on standard output, given with --command).

            Examples:
              echo "Il governo ha approvato la riforma." | sunto translate
              sunto translate --engine apertium < sentences.it > sentences.en
              sunto translate --engine command --command "my-mt --from it --to en" < in.txt
            """
    )

    @Option(name: .long, help: ArgumentHelp("Translation engine: builtin, apertium or command.", valueName: "engine"))
    var engine: String = "builtin"

    @Option(name: .long, help: ArgumentHelp("The program (and arguments) of the command engine.", valueName: "command line"))
    var command: String?

    @Option(name: .long, help: ArgumentHelp("A glossary (.tsv, .csv, .tbx) whose terms win over the engine; repeatable.", valueName: "file"))
    var glossary: [String] = []

    @Flag(name: .long, help: "Do not protect the terms of the built-in glossaries.")
    var noBuiltinGlossaries = false

    @Option(name: .long, help: "Lines sent to the engine at once.")
    var batch: Int = 2000

    func validate() throws {
        guard batch >= 1 else { throw ValidationError("--batch must be at least 1") }
        if engine == "command", command?.isEmpty ?? true {
            throw ValidationError("--engine command needs --command \"program arguments…\"")
        }
    }

    func run() async throws {
        let translator: LineTranslator
        do {
            let words = command.map { $0.split(separator: " ").map(String.init) } ?? []
            let engine = try TranslateStage.translator(named: engine, command: words)
            try engine.checkAvailable()
            translator = LineTranslator(translator: engine, glossaries: try GlossaryFiles.load(builtIn: !noBuiltinGlossaries, extra: glossary))
        } catch {
            Diagnostics.fail(error)
        }
        var output = StandardOutput()
        var lines: [String] = []
        while let line = readLine(strippingNewline: true) {
            lines.append(line)
            if lines.count == batch {
                try await write(translator, lines, to: &output)
                lines.removeAll(keepingCapacity: true)
            }
        }
        try await write(translator, lines, to: &output)
    }

    private func write(_ translator: LineTranslator, _ lines: [String], to output: inout StandardOutput) async throws {
        guard !lines.isEmpty else { return }
        do {
            let english = try await translator.translate(lines)
            output.write(english.joined(separator: "\n") + "\n")
        } catch {
            Diagnostics.fail(error)
        }
    }
}
