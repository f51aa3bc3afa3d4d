#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A ready-to-run pipeline: the stages of a pipeline file with the caller's settings applied.
///
/// ```swift
/// let pipeline = try Pipeline(settings: PipelineSettings(sentences: 3, languages: [.it]))
/// let document = try await pipeline.brief(text: articleText)
/// print(document.brief.it.map(\.text))
/// ```
public struct Pipeline: Sendable {
    /// The pipeline file as parsed.
    public let spec: PipelineSpec
    /// The settings applied over the file.
    public let settings: PipelineSettings
    /// The runner that owns the stages.
    public let runner: PipelineRunner

    /// Builds a pipeline from a spec (by default the built-in `default` pipeline).
    ///
    /// - Throws: ``SuntoError`` when the spec names unknown stages or options.
    public init(spec: PipelineSpec? = nil, settings: PipelineSettings = PipelineSettings()) throws(SuntoError) {
        let resolved: PipelineSpec
        if let spec {
            resolved = spec
        } else {
            resolved = try PipelineSpec.builtIn(named: "default")
        }
        self.spec = resolved
        self.settings = settings
        let stages = try StageRegistry.stages(for: resolved, settings: settings)
        runner = PipelineRunner(stages: stages, maxReplicas: settings.jobs ?? PipelineRunner.defaultReplicas)
    }

    /// The largest pipeline file read: 1 MiB, far beyond any real one.
    public static let maxFileBytes = 1 << 20

    /// Builds a pipeline from a YAML file.
    ///
    /// - Throws: ``SuntoError/inputMissing(path:)`` when the file is missing, or the errors of
    ///   ``PipelineSpec/parse(yaml:file:)``.
    public init(file: String, settings: PipelineSettings = PipelineSettings()) throws(SuntoError) {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(file, maxBytes: Self.maxFileBytes)
        } catch .tooLarge(_, let size, let limit) {
            throw .pipeline(file: file, line: 0, message: "\(size) bytes is over the limit of \(limit) bytes for a pipeline file")
        }
        guard let yaml = String(validating: bytes, as: UTF8.self) else {
            throw .pipeline(file: file, line: 0, message: "not UTF-8 text")
        }
        try self.init(spec: PipelineSpec.parse(yaml: yaml, file: file), settings: settings)
    }

    /// The largest input the pipeline accepts: its decode stage's `max-bytes` (or `--max-bytes`).
    public var maxInputBytes: Int {
        runner.stages.lazy.compactMap { ($0 as? DecodeStage)?.maxBytes }.first ?? settings.maxBytes ?? DecodeStage.defaultMaxBytes
    }

    /// Makes the brief of one article given as text.
    public func brief(text: String, path: String = "-") async throws(SuntoError) -> Document {
        try await runner.process(Document(text: text, path: path))
    }

    /// Makes the briefs of many documents, delivering each result in input order.
    public func run<Inputs: Sequence & Sendable>(
        _ documents: Inputs,
        deliver: (Int, Result<Document, SuntoError>) async -> Void
    ) async where Inputs.Element == Document {
        await runner.run(documents, deliver: deliver)
    }

    /// Makes the briefs of inputs that may already have failed (e.g. unreadable files),
    /// delivering each result in input order.
    public func run<Inputs: Sequence & Sendable>(
        inputs: Inputs,
        deliver: (Int, Result<Document, SuntoError>) async -> Void
    ) async where Inputs.Element == Result<Document, SuntoError> {
        await runner.run(inputs: inputs, deliver: deliver)
    }

    /// Makes the briefs of inputs that arrive asynchronously (e.g. records read from a pipe),
    /// delivering each result in input order.
    public func run(
        stream inputs: AsyncStream<Result<Document, SuntoError>>,
        deliver: (Int, Result<Document, SuntoError>) async -> Void
    ) async {
        await runner.run(stream: inputs, deliver: deliver)
    }
}
