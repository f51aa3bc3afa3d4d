/// The bookkeeping of one batch run, in input order: outputs of each finished document, its line
/// in the manifest, and a line in `failures.jsonl` for each input that failed.
///
/// It belongs to the task that delivers results. A failure to write the manifest or the failure
/// list is fatal to the run: it is kept in ``fatal``, the stop flag is set, and ``finish(indexPage:)``
/// throws it.
struct BatchRecord {
    private let layout: OutputLayout
    private let fingerprint: String
    private let keepsIndex: Bool
    private var files: BriefFiles
    private let manifest: AppendingFile
    private let failures: AtomicFileWriter
    private var failureRecords: [FailureRecord] = []
    private var unflushed = 0
    /// The error that ended the run early, if any.
    private(set) var fatal: SuntoError?

    /// Manifest lines buffered before they are written: a run killed outright redoes at most
    /// this many articles.
    private static let flushEvery = 32

    /// Opens the manifest for appending and starts a new `failures.jsonl`.
    ///
    /// - Throws: ``SuntoError/cannotWrite(path:reason:)`` when either cannot be written.
    init(layout: OutputLayout, fingerprint: String, keepsIndex: Bool) throws(SuntoError) {
        self.layout = layout
        self.fingerprint = fingerprint
        self.keepsIndex = keepsIndex
        files = BriefFiles(layout: layout)
        manifest = try AppendingFile(path: layout.path(OutputLayout.manifestName))
        failures = try AtomicFileWriter(path: layout.path(OutputLayout.failuresName))
    }

    /// Records the result of one input.
    mutating func deliver(_ result: Result<Document, SuntoError>, target: BatchInputs.InputTarget, tracker: BatchTracker, stop: StopFlag) {
        switch result {
        case .success(let document):
            guard let stem = target.outputStem else { return }
            let outputs: [String]
            do {
                outputs = try files.write(document, stem: stem)
            } catch {
                fail(FailureRecord(path: target.relativePath, error: error), tracker: tracker, stop: stop)
                return
            }
            let index = keepsIndex ? htmlOutput(of: outputs).map { ManifestIndexRow(document: document, page: $0) } : nil
            let entry = BatchManifest.Entry(path: target.relativePath, sha256: document.source.sha256, fingerprint: fingerprint,
                                            outputs: outputs, index: index)
            manifest.append(entry.jsonLine)
            tracker.countWritten()
            unflushed += 1
            if unflushed >= Self.flushEvery { flushManifest(stop: stop) }
        case .failure(let error):
            guard error != InterruptibleStage.interruption else { return }
            fail(FailureRecord(path: target.relativePath, error: error), tracker: tracker, stop: stop)
        }
    }

    /// Writes what is buffered, puts `failures.jsonl` in place and, when asked, writes the index.
    ///
    /// - Throws: the fatal error of the run, or the error writing these files.
    func finish(indexPage: (any BatchIndexPage)?) throws(SuntoError) {
        try manifest.close()
        try failures.commit()
        if let fatal { throw fatal }
        guard let indexPage, keepsIndex else { return }
        let briefs = try BatchManifest.indexRows(at: layout.path(OutputLayout.manifestName), fingerprint: fingerprint)
            .filter { FileSystemEntry.isRegularFile(layout.path($0.page)) }
            .map(\.entry)
        let failed = failureRecords.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
            .map { BatchIndexEntry.failed(path: $0.path, reason: $0.reason) }
        try AtomicFile.write(indexPage.render(briefs + failed), to: layout.path(OutputLayout.indexName))
    }

    private mutating func fail(_ record: FailureRecord, tracker: BatchTracker, stop: StopFlag) {
        tracker.countFailed()
        if keepsIndex { failureRecords.append(record) }
        do {
            try failures.append(record.jsonLine)
        } catch {
            end(error, stop: stop)
        }
    }

    private mutating func flushManifest(stop: StopFlag) {
        unflushed = 0
        do {
            try manifest.flush()
        } catch {
            end(error, stop: stop)
        }
    }

    private mutating func end(_ error: SuntoError, stop: StopFlag) {
        if fatal == nil { fatal = error }
        stop.set()
    }

    private func htmlOutput(of outputs: [String]) -> String? {
        zip(layout.formats, outputs).first { OutputLayout.fileExtension(for: $0.0) == "html" }?.1
    }
}
