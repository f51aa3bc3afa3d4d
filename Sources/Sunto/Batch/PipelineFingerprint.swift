/// A digest of everything besides the article that decides a batch's outputs: sunto's version,
/// the pipeline file, the settings that change briefs, the glossaries' contents and the formats.
///
/// A batch records it beside each input's digest in the manifest; a rerun with another pipeline,
/// glossary or budget therefore redoes every article, and one with the same skips them.
/// `--jobs` and `--max-bytes` are left out: they change how fast or what is refused, not what an
/// accepted article's brief says.
public struct PipelineFingerprint: Sendable, Equatable, CustomStringConvertible {
    /// Lower-case hex SHA-256 of ``canonicalText``.
    public let description: String
    /// The text digested, one fact a line (shown by tests and useful when debugging a rerun).
    public let canonicalText: String

    /// Builds the fingerprint of a pipeline as the batch will run it.
    ///
    /// - Parameters:
    ///   - pipeline: the pipeline, with its settings.
    ///   - formats: the formats written.
    ///   - options: further facts that change outputs (e.g. `language-check`).
    /// - Throws: ``SuntoError/inputMissing(path:)`` when the pipeline or a glossary file is gone.
    public init(pipeline: Pipeline, formats: [OutputFormat], options: [String] = []) throws(SuntoError) {
        let settings = pipeline.settings
        var lines = ["sunto \(SuntoVersion.current)"]
        lines.append("pipeline \(DecodeStage.sha256(Array(try Self.text(of: pipeline.spec).utf8)))")
        lines.append("sentences \(settings.sentences.map(String.init) ?? "-")")
        lines.append("words \(settings.words.map(String.init) ?? "-")")
        lines.append("ratio \(settings.ratio.map { String($0) } ?? "-")")
        lines.append("languages \(settings.languages.map(\.rawValue).sorted().joined(separator: ","))")
        lines.append("engine \(settings.engine ?? "-")")
        for file in try Self.glossaryFiles(of: pipeline) {
            lines.append("glossary \(file) \(DecodeStage.sha256(try InputFile.read(file)))")
        }
        if try Self.usesBuiltInGlossaries(pipeline.spec) { lines.append("glossary built-in \(Self.builtInDigest)") }
        lines.append("formats \(formats.map(\.rawValue).joined(separator: ","))")
        lines += options
        canonicalText = lines.joined(separator: "\n") + "\n"
        description = DecodeStage.sha256(Array(canonicalText.utf8))
    }

    /// The pipeline's YAML: the built-in text, or the file's.
    private static func text(of spec: PipelineSpec) throws(SuntoError) -> String {
        for (name, yaml) in PipelineSpec.builtInYAML where spec.file == "pipelines/\(name).yaml" {
            return yaml
        }
        return String(decoding: try InputFile.read(spec.file), as: UTF8.self)
    }

    /// The glossary files the pipeline loads: those its `glossary` stage names, then `--glossary`.
    private static func glossaryFiles(of pipeline: Pipeline) throws(SuntoError) -> [String] {
        var files: [String] = []
        if var options = pipeline.spec.entries.first(where: { $0.name == "glossary" })?.options {
            files += try GlossaryStage.files(from: &options).files.map(pipeline.spec.resolve)
        }
        return files + pipeline.settings.glossaries
    }

    private static func usesBuiltInGlossaries(_ spec: PipelineSpec) throws(SuntoError) -> Bool {
        guard var options = spec.entries.first(where: { $0.name == "glossary" })?.options else { return false }
        return try GlossaryStage.files(from: &options).builtIn
    }

    private static let builtInDigest = DecodeStage.sha256(
        Array(BuiltInGlossaries.files.map { $0.name + "\n" + $0.text }.joined(separator: "\n").utf8)
    )
}
