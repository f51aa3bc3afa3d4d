/// The stages a pipeline file may name, and how each is built from its options.
public enum StageRegistry {
    /// Builds a stage from its options; `nil` when the settings switch the stage off.
    typealias Factory = @Sendable (inout StageOptions, PipelineSettings) throws(SuntoError) -> (any Stage)?

    /// The stage names, in their natural order.
    public static let names = ["decode", "normalize", "segment", "score", "summarize", "translate"]

    private static let factories: [String: Factory] = [
        "decode": { options, settings throws(SuntoError) in try DecodeStage(options: &options, settings: settings) },
        "normalize": { options, settings throws(SuntoError) in try NormalizeStage(options: &options, settings: settings) },
        "segment": { options, _ throws(SuntoError) in try SegmentStage(options: &options) },
        "score": { options, settings throws(SuntoError) in try ScoreStage(options: &options, settings: settings) },
        "summarize": { options, settings throws(SuntoError) in try SummarizeStage(options: &options, settings: settings) },
        "translate": { options, settings throws(SuntoError) in
            let stage = try TranslateStage(options: &options, settings: settings)
            guard settings.languages.contains(.en) else { return nil }
            try stage.checkAvailable()
            return stage
        },
    ]

    /// Builds the stages of `spec` with `settings` applied.
    ///
    /// - Throws: ``SuntoError/pipeline(file:line:message:)`` for an unknown stage, an unknown
    ///   option or a bad value, with the line in the pipeline file.
    static func stages(for spec: PipelineSpec, settings: PipelineSettings) throws(SuntoError) -> [any Stage] {
        var stages: [any Stage] = []
        for entry in spec.entries {
            guard let factory = factories[entry.name] else {
                throw .pipeline(file: spec.file, line: entry.options.line,
                                message: "unknown stage '\(entry.name)'; known stages: \(names.joined(separator: ", "))")
            }
            var options = entry.options
            let stage: (any Stage)?
            do {
                stage = try factory(&options, settings)
            } catch .invalidOption(let stageName, let key, let message) {
                throw .pipeline(file: spec.file, line: entry.options.line, message: "stage '\(stageName)', option '\(key)': \(message)")
            }
            try options.finish()
            if let stage { stages.append(stage) }
        }
        return stages
    }
}
