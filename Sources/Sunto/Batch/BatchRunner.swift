/// Briefs every article of a folder into an output folder that mirrors it: streaming through the
/// pipeline's actors with bounded memory, writing each output atomically, skipping what is up to
/// date, listing what fails in `failures.jsonl`, and stopping cleanly when asked to.
///
/// ```swift
/// let pipeline = try Pipeline(settings: PipelineSettings(languages: [.it]))
/// let job = BatchJob(input: "articoli", output: "sintesi", formats: [.md, .json])
/// let summary = try await BatchRunner(pipeline: pipeline, job: job).run()
/// print(summary.progress.written, summary.progress.failed)
/// ```
public struct BatchRunner: Sendable {
    /// The pipeline every article goes through.
    public let pipeline: Pipeline
    /// What to do.
    public let job: BatchJob
    /// Set it to stop the batch (see ``StopFlag``).
    public let stop: StopFlag
    /// Counts progress; read it from another task to show progress.
    public let tracker: BatchTracker
    /// Renders `index.html` when HTML is among the formats; `nil` writes no index.
    public var indexPage: (any BatchIndexPage)?

    /// Creates a runner.
    public init(pipeline: Pipeline, job: BatchJob, stop: StopFlag = StopFlag(), tracker: BatchTracker = BatchTracker(),
                indexPage: (any BatchIndexPage)? = nil) {
        self.pipeline = pipeline
        self.job = job
        self.stop = stop
        self.tracker = tracker
        self.indexPage = indexPage
    }

    /// Runs the batch.
    ///
    /// - Returns: the counts, whether it was interrupted, and where failures are listed. Inputs
    ///   that fail do not make it throw: they are counted and listed.
    /// - Throws: only what stops the whole batch: ``SuntoError/inputMissing(path:)`` or
    ///   ``SuntoError/usage(_:)`` for a bad input folder, ``SuntoError/cannotWrite(path:reason:)``
    ///   when the output folder, its manifest or `failures.jsonl` cannot be written.
    public func run() async throws(SuntoError) -> BatchSummary {
        let layout = OutputLayout(root: job.output, formats: job.formats)
        try BatchFolders.prepare(input: job.input, output: job.output)
        AtomicFile.removeTemporaryFiles(under: layout.root)
        let fingerprint = try PipelineFingerprint(pipeline: pipeline, formats: job.formats, options: ["language-check \(job.languageCheck)"])
        let manifestPath = layout.path(OutputLayout.manifestName)
        var manifest = BatchManifest()
        if !job.force {
            manifest = try BatchManifest.load(from: manifestPath)
            if manifest.isWorthCompacting { try manifest.compact(at: manifestPath) }
        }
        var record = try BatchRecord(layout: layout, fingerprint: fingerprint.description, keepsIndex: wantsIndex)
        if job.countFirst {
            tracker.setTotal(job.walker.reduce(0) { count, item in count + (item.isFile ? 1 : 0) })
        }
        let targets = LockedValue<[Int: BatchInputs.InputTarget]>([:])
        let inputs = BatchInputs(
            walker: job.walker, reader: ArticleFileReader(maxBytes: maxBytes), layout: layout, manifest: manifest,
            fingerprint: fingerprint.description, force: job.force, stop: stop, tracker: tracker, targets: targets
        )
        let runner = BatchStages.runner(for: pipeline, stages: BatchStages.make(for: pipeline, languageCheck: job.languageCheck, stop: stop))
        await runner.run(inputs: inputs) { index, result in
            guard let target = targets.withLock({ $0.removeValue(forKey: index) }) else { return }
            record.deliver(result, target: target, tracker: tracker, stop: stop)
        }
        let interrupted = stop.isSet && record.fatal == nil
        try record.finish(indexPage: interrupted ? nil : indexPage)
        return BatchSummary(progress: tracker.snapshot(), interrupted: interrupted, failuresPath: layout.path(OutputLayout.failuresName))
    }

    private var wantsIndex: Bool {
        indexPage != nil && job.formats.contains { OutputLayout.fileExtension(for: $0) == "html" }
    }

    private var maxBytes: Int {
        pipeline.maxInputBytes
    }
}

extension WalkItem {
    /// Whether the walk found an article file (rather than a problem).
    var isFile: Bool {
        if case .file = self { return true }
        return false
    }
}
