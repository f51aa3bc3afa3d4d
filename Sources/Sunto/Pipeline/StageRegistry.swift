/// The stages a pipeline file may name, and how each is built from its options.
public enum StageRegistry {
    /// Builds a stage from its options; `nil` when the settings switch the stage off.
    typealias Factory = @Sendable (inout StageOptions, StageContext) throws(SuntoError) -> (any Stage)?

    /// The stage names, in their natural order.
    public static let names = ["decode", "normalize", "segment", "glossary", "score", "summarize", "translate"]

    private static let factories: [String: Factory] = [
        "decode": { options, context throws(SuntoError) in try DecodeStage(options: &options, settings: context.settings) },
        "normalize": { options, context throws(SuntoError) in try NormalizeStage(options: &options, context: context) },
        "segment": { options, _ throws(SuntoError) in try SegmentStage(options: &options) },
        "glossary": { options, context throws(SuntoError) in
            _ = try GlossaryStage.files(from: &options)
            return GlossaryStage(glossaries: context.glossaries)
        },
        "score": { options, context throws(SuntoError) in try ScoreStage(options: &options, settings: context.settings) },
        "summarize": { options, context throws(SuntoError) in try SummarizeStage(options: &options, settings: context.settings) },
        "translate": { options, context throws(SuntoError) in
            let stage = try TranslateStage(options: &options, settings: context.settings)
            guard context.settings.languages.contains(.en) else { return nil }
            try stage.checkAvailable()
            return stage
        },
    ]

    /// Builds the stages of `spec` with `settings` applied.
    ///
    /// - Throws: ``SuntoError/pipeline(file:line:message:)`` for an unknown stage, an unknown
    ///   option or a bad value, with the line in the pipeline file.
    static func stages(for spec: PipelineSpec, settings: PipelineSettings) throws(SuntoError) -> [any Stage] {
        let context = StageContext(settings: settings, glossaries: try glossaries(for: spec, settings: settings))
        var stages: [any Stage] = []
        for entry in spec.entries {
            guard let factory = factories[entry.name] else {
                throw .pipeline(file: spec.file, line: entry.options.line,
                                message: "unknown stage '\(entry.name)'; known stages: \(names.joined(separator: ", "))")
            }
            var options = entry.options
            let stage: (any Stage)?
            do {
                stage = try factory(&options, context)
            } catch .invalidOption(let stageName, let key, let message) {
                throw .pipeline(file: spec.file, line: entry.options.line, message: "stage '\(stageName)', option '\(key)': \(message)")
            }
            try options.finish()
            if let stage { stages.append(stage) }
        }
        return stages
    }

    /// Loads the glossaries the spec's `glossary` stage names, plus the `--glossary` files, which
    /// win over the pipeline's.
    static func glossaries(for spec: PipelineSpec, settings: PipelineSettings) throws(SuntoError) -> GlossarySet {
        var glossaries: [Glossary] = []
        var limits = GlossaryLimits()
        if var options = spec.entries.first(where: { $0.name == "glossary" })?.options {
            let declared = try GlossaryStage.files(from: &options)
            limits = declared.limits
            if declared.builtIn { glossaries += try BuiltInGlossaries.all() }
            for file in declared.files {
                glossaries.append(try GlossaryLoader.load(spec.resolve(file), priority: 1, limits: limits))
            }
        }
        for file in settings.glossaries {
            glossaries.append(try GlossaryLoader.load(file, priority: 2, limits: limits))
        }
        return GlossarySet(glossaries)
    }
}
