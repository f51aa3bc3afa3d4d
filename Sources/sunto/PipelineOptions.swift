import ArgumentParser
import Sunto

/// Options shared by the commands that run the pipeline.
struct PipelineOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Pipeline: a built-in name or a YAML file.", valueName: "name|file"))
    var pipeline: String = "default"

    @Option(name: .long, help: "Brief length in sentences (default 3).")
    var sentences: Int?

    @Option(name: .long, help: "Brief length in words (instead of --sentences).")
    var words: Int?

    @Option(name: .long, help: ArgumentHelp("Brief length as a fraction of the article's sentences, e.g. 0.2.", valueName: "r"))
    var ratio: Double?

    @Option(name: .long, help: ArgumentHelp("Briefs to write: it, en or it,en.", valueName: "langs"))
    var lang: String = "it,en"

    @Option(name: .long, help: ArgumentHelp("Translation engine.", valueName: "builtin|apertium|command"))
    var engine: String?

    @Option(name: .long, help: "Articles processed at once per stage (default: cores).")
    var jobs: Int?

    @Option(name: .long, help: "Largest input accepted, in bytes.")
    var maxBytes: Int?

    @Option(name: .long, help: ArgumentHelp("A glossary (.tsv, .csv, .tbx) that wins over the built-in ones; repeatable.", valueName: "file"))
    var glossary: [String] = []

    func validate() throws {
        if let sentences, sentences < 1 { throw ValidationError("--sentences must be at least 1") }
        if let words, words < 1 { throw ValidationError("--words must be at least 1") }
        if let ratio, !(ratio > 0 && ratio <= 1) { throw ValidationError("--ratio must be more than 0 and at most 1") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let maxBytes, maxBytes < 1 { throw ValidationError("--max-bytes must be at least 1") }
    }

    /// Builds the pipeline these options describe.
    func makePipeline() throws(SuntoError) -> Pipeline {
        let settings = PipelineSettings(
            sentences: sentences,
            words: words,
            ratio: ratio,
            languages: try BriefLanguage.parseList(lang),
            engine: engine,
            jobs: jobs,
            maxBytes: maxBytes,
            glossaries: glossary
        )
        if PipelineSpec.builtInYAML[pipeline] != nil {
            return try Pipeline(spec: PipelineSpec.builtIn(named: pipeline), settings: settings)
        }
        return try Pipeline(file: pipeline, settings: settings)
    }
}

extension OutputFormat: ExpressibleByArgument {}
