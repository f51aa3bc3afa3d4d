import ArgumentParser
import Foundation
import Sunto

/// `sunto glossary lint|show|import|suggest`: tools for the people who keep the glossaries.
struct GlossaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Check, explain, convert and extend glossaries.",
        discussion: """
            Examples:
              sunto glossary lint glossaries/it-en/*.tsv my-terms.tsv
              sunto glossary show "forze armate ucraine" --glossary my-terms.tsv
              sunto glossary import termbase.tbx --to termbase.tsv
              sunto glossary suggest articles/ > candidates.tsv
            """,
        subcommands: [Lint.self, Show.self, Import.self, Suggest.self]
    )

    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Report format errors, duplicates, conflicting targets and shadowed entries (file:line).")

        @Argument(help: "Glossary files (.tsv, .csv, .tbx).")
        var files: [String]

        func run() throws {
            let findings = GlossaryLinter().lint(paths: files)
            for finding in findings { print(finding) }
            let errors = findings.filter { $0.severity == .error }.count
            let warnings = findings.count - errors
            FileHandle.standardError.write(Data("\(files.count) files: \(errors) errors, \(warnings) warnings\n".utf8))
            if errors > 0 { throw ExitCode(65) }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show which entries match a phrase, and why.")

        @Argument(help: "An Italian phrase.")
        var phrase: String

        @Option(name: .long, help: ArgumentHelp("Another glossary to include; repeatable.", valueName: "file"))
        var glossary: [String] = []

        @Flag(name: .long, help: "Leave out the built-in glossaries.")
        var noBuiltin = false

        func run() throws {
            try Diagnostics.guarded { try show() }
        }

        private func show() throws {
            let set = try GlossaryFiles.load(builtIn: !noBuiltin, extra: glossary)
            let explanation = GlossaryExplanation(phrase: phrase, glossaries: set)
            guard !explanation.matches.isEmpty else {
                print("no glossary entry matches '\(phrase)'")
                throw ExitCode(1)
            }
            for match in explanation.matches {
                let entry = match.entry
                print("'\(match.surface)' → \(match.english)")
                print("  entry: \(entry.it) → \(entry.en)  (\(entry.glossary):\(entry.line))")
                print("  why:   \(match.reason)")
                if !entry.variants.isEmpty { print("  variants: \(entry.variants.joined(separator: ", "))") }
                if !entry.note.isEmpty { print("  note:  \(entry.note)") }
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import", abstract: "Convert a TBX or CSV glossary to sunto's TSV.")

        @Argument(help: "The glossary to convert (.tbx or .csv).")
        var file: String

        @Option(name: .long, help: "The TSV file to write.")
        var to: String

        func run() throws {
            try Diagnostics.guarded {
                let glossary = try GlossaryLoader.load(file)
                try AtomicFile.write(GlossaryWriter.tsv(glossary.entries), to: to)
                FileHandle.standardError.write(Data("\(glossary.entries.count) entries written to \(to)\n".utf8))
            }
        }
    }

    struct Suggest: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "suggest",
            abstract: "Mine a folder of articles for frequent multiword terms no glossary covers (TSV rows to fill in).")

        @Argument(help: "A folder of .txt articles.")
        var folder: String

        @Option(name: .long, help: "How many suggestions.")
        var limit = 100

        @Option(name: .long, help: ArgumentHelp("Another glossary whose terms count as covered; repeatable.", valueName: "file"))
        var glossary: [String] = []

        func run() throws {
            try Diagnostics.guarded { try suggest() }
        }

        private func suggest() throws {
            let set = try GlossaryFiles.load(builtIn: true, extra: glossary)
            let articles = try GlossaryFiles.articles(in: folder)
            let suggestions = GlossarySuggester(glossaries: set).suggest(articles, limit: limit)
            print("# \(suggestions.count) candidate terms from \(articles.count) articles in \(folder); fill in the English")
            print("# columns: articles and occurrences are in the note")
            print(GlossaryWriter.header)
            for suggestion in suggestions {
                print("\(suggestion.term)\t\t\t\t\tinsensitive\t\tin \(suggestion.documents) articles, \(suggestion.count) times")
            }
        }
    }
}
