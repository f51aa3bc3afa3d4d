/// The English rendering stage: translates the Italian brief's sentences with the configured
/// engine, one call per article.
public struct TranslateStage: Stage {
    public let name = "translate"
    /// The engine.
    public let translator: any Translator
    /// Engines that start external programs are limited to this many articles at once.
    public let replicas: Int

    /// The engines known by name.
    public static let engines = ["builtin", "apertium", "command"]

    /// Creates the stage with an engine.
    public init(translator: any Translator, replicas: Int = PipelineRunner.defaultReplicas) {
        self.translator = translator
        self.replicas = replicas
    }

    /// Creates the stage from pipeline options: `engine` (overridden by `--engine`) and, for
    /// the `command` engine, `command` (the program and its arguments).
    public init(options: inout StageOptions, settings: PipelineSettings) throws(SuntoError) {
        let fromFile = try options.choice("engine", of: Self.engines, default: "builtin")
        let command = try options.strings("command", default: [])
        let engine = settings.engine ?? fromFile
        self.init(translator: try Self.translator(named: engine, command: command))
    }

    /// The engine called `name`; `command` is the program line of the `command` engine.
    public static func translator(named name: String, command: [String] = []) throws(SuntoError) -> any Translator {
        switch name {
        case "builtin":
            return BuiltinTranslator()
        case "apertium":
            return ApertiumTranslator()
        case "command":
            return CommandTranslator(command: command)
        default:
            throw .usage("unknown engine '\(name)'; available: \(Self.engines.joined(separator: ", "))")
        }
    }

    /// Checks that the engine can run here.
    public func checkAvailable() throws(SuntoError) {
        try translator.checkAvailable()
    }

    /// Translates the Italian brief, glossary terms protected from the engine and rendered with
    /// the glossary's English.
    public func process(_ document: Document) async throws(SuntoError) -> Document {
        var document = document
        let italian = document.brief.it
        let protector = TermProtector()
        let occurrences = TermProtector.occurrencesBySentence(document.terms, in: italian.map(\.sourceSentence))
        let protected = italian.map { sentence in
            let source = document.sentences.indices.contains(sentence.sourceSentence)
                ? document.sentences[sentence.sourceSentence] : Sentence(id: -1, text: sentence.text, start: 0, end: 0)
            return source.text == sentence.text ? protector.protect(source, occurrences: occurrences[source.id] ?? [])
                : TermProtector.Protected(text: sentence.text, placeholders: [])
        }
        let english = try await translator.translate(protected.map(\.text))
        document.brief.en = zip(italian, zip(protected, english)).map { source, pair in
            let (text, lost) = protector.restore(pair.1, pair.0)
            if !lost.isEmpty {
                document.warnings.append("engine '\(translator.name)' dropped glossary terms in sentence \(source.sourceSentence): \(lost.joined(separator: ", "))")
            }
            return BriefSentence(text: text, sourceSentence: source.sourceSentence, score: source.score)
        }
        return document
    }
}
