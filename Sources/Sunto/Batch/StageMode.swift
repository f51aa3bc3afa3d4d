import Foundation

/// `sunto stage`: JSON Lines in, JSON Lines out, one output line per input line, in order, each
/// written as soon as it and every line before it are done — so sunto can sit in a Unix pipe or
/// under an engine that pipes records through a program (Spark's `rdd.pipe`, Hadoop streaming,
/// GNU parallel).
///
/// Input is read on a thread of its own, a bounded number of records ahead of the output, so
/// waiting for input never holds up briefs already made and memory stays bounded. A record that
/// cannot be briefed gives an error record (see ``StageOutput``), never a missing line.
public struct StageMode: Sendable {
    /// The pipeline records go through.
    public let pipeline: Pipeline
    /// Refuse articles that do not read as Italian (see ``ItalianLanguageCheck``).
    public var languageCheck: Bool

    /// Creates the mode.
    public init(pipeline: Pipeline, languageCheck: Bool = true) {
        self.pipeline = pipeline
        self.languageCheck = languageCheck
    }

    /// What a run did.
    public struct Summary: Sendable, Equatable {
        /// Input lines read, each answered by one output line.
        public var records: Int
        /// Output lines that are error records.
        public var errors: Int
    }

    /// Reads records from `input` until its end and writes one line per record to `output`.
    ///
    /// - Throws: ``SuntoError/unreadable(path:reason:)`` when reading the input fails, after the
    ///   lines read before are answered; ``SuntoError/cannotWrite(path:reason:)`` when the
    ///   output cannot be written.
    public func run(input: Int32, output: Int32) async throws(SuntoError) -> Summary {
        let maxBytes = pipeline.maxInputBytes
        let feed = StageRecordFeed(descriptor: input, maxBytes: maxBytes, allowed: pipeline.settings.languages)
        let runner = BatchStages.runner(for: pipeline, stages: BatchStages.make(for: pipeline, languageCheck: languageCheck, stop: nil))
        var summary = Summary(records: 0, errors: 0)
        var writeError: SuntoError?
        await runner.run(stream: feed.start()) { index, result in
            let record = feed.delivered(index)
            let line: String
            switch result {
            case .success(var document):
                if let languages = record.languages {
                    if !languages.contains(.it) { document.brief.it = [] }
                    if !languages.contains(.en) { document.brief.en = [] }
                }
                line = StageOutput.brief(document, id: record.id)
            case .failure(let error):
                summary.errors += 1
                line = StageOutput.failure(error, id: record.id, line: index + 1, path: record.path)
            }
            summary.records += 1
            guard writeError == nil else { return }
            do throws(SuntoError) {
                try FileDescriptorOutput.writeAll(Array(line.utf8), to: output, path: "standard output")
            } catch {
                writeError = error
            }
        }
        if let writeError { throw writeError }
        if let readError = feed.readError { throw .unreadable(path: "standard input", reason: readError.description) }
        return summary
    }
}
