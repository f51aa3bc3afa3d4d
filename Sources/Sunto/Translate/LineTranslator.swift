/// Translates standalone Italian lines (not an article), glossary terms protected the same way
/// as in the pipeline: the line count is kept, empty lines stay empty.
public struct LineTranslator: Sendable {
    /// The engine.
    public let translator: any Translator
    /// The glossaries whose terms win over the engine, if any.
    public let glossaries: GlossarySet?

    /// Creates the translator for an engine and optional glossaries.
    public init(translator: any Translator, glossaries: GlossarySet? = nil) {
        self.translator = translator
        self.glossaries = glossaries
    }

    /// Translates `lines`, one English line for each.
    public func translate(_ lines: [String]) async throws(SuntoError) -> [String] {
        var document = Document(text: lines.joined(separator: "\n"))
        var offset = 0
        document.sentences = lines.enumerated().map { id, line in
            let length = line.unicodeScalars.count
            defer { offset += length + 1 }
            return Sentence(id: id, text: line, start: offset, end: offset + length)
        }
        if let glossaries {
            document = GlossaryStage(glossaries: glossaries).process(document)
        }
        document.brief.it = lines.enumerated().map { BriefSentence(text: $1, sourceSentence: $0, score: 0) }
        return try await TranslateStage(translator: translator).process(document).brief.en.map(\.text)
    }
}
