import Foundation

/// Reads stage-mode records on a thread of its own and hands them to the pipeline as an
/// asynchronous stream, at most ``readAhead`` records ahead of the output, keeping each record's
/// id until its answer is written.
final class StageRecordFeed: Sendable {
    /// What the output side needs of a record besides the pipeline's result.
    struct RecordInfo: Sendable {
        var id: StageRecord.ID
        var languages: Set<BriefLanguage>?
        /// The name errors give the record (its id, or `line N`).
        var path: String
    }

    /// Records read but not yet answered, at most.
    static let readAhead = 256

    private let descriptor: Int32
    private let maxBytes: Int
    private let allowed: Set<BriefLanguage>
    /// Created at zero and raised to ``readAhead``: libdispatch traps when a semaphore is freed
    /// below the value it was created with, which the reading thread's last wait would cause.
    private let room = DispatchSemaphore(value: 0)
    private let records = LockedValue<[Int: RecordInfo]>([:])
    private let failure = LockedValue<Errno?>(nil)

    /// Creates a feed reading `descriptor`; records may ask only for the `allowed` briefs.
    init(descriptor: Int32, maxBytes: Int, allowed: Set<BriefLanguage>) {
        self.descriptor = descriptor
        self.maxBytes = maxBytes
        self.allowed = allowed
        for _ in 0..<Self.readAhead { room.signal() }
    }

    /// The error that ended reading early, if any.
    var readError: Errno? { failure.withLock { $0 } }

    /// Starts the reading thread.
    func start() -> AsyncStream<Result<Document, SuntoError>> {
        let (stream, continuation) = AsyncStream.makeStream(of: Result<Document, SuntoError>.self)
        Thread.detachNewThread { [self] in
            read(into: continuation)
            continuation.finish()
        }
        return stream
    }

    /// Takes the record at `index` off the list of those waiting, making room for one more.
    func delivered(_ index: Int) -> RecordInfo {
        let info = records.withLock { $0.removeValue(forKey: index) }
        room.signal()
        return info ?? RecordInfo(id: .none, languages: nil, path: "line \(index + 1)")
    }

    private func read(into continuation: AsyncStream<Result<Document, SuntoError>>.Continuation) {
        // JSON escapes and base64 make a line longer than its article; past this even the
        // largest accepted article cannot fit.
        var reader = LineReader(descriptor: descriptor, maxLineBytes: 4 * maxBytes + (1 << 20))
        var index = 0
        while true {
            room.wait()
            let line: LineReader.Line
            do {
                guard let next = try reader.next() else { return }
                line = next
            } catch {
                failure.withLock { $0 = error }
                return
            }
            let (info, input) = parse(line, number: index + 1)
            records.withLock { $0[index] = info }
            continuation.yield(input)
            index += 1
        }
    }

    private func parse(_ line: LineReader.Line, number: Int) -> (RecordInfo, Result<Document, SuntoError>) {
        let name = "line \(number)"
        switch line {
        case .tooLong(let bytes):
            return (RecordInfo(id: .none, path: name), .failure(.tooLarge(path: name, bytes: bytes, limit: maxBytes)))
        case .text(let text):
            switch StageRecord.parse(text, number: number, maxBytes: maxBytes) {
            case .failure(let problem):
                return (RecordInfo(id: problem.id, path: problem.error.subjectPath ?? name), .failure(problem.error))
            case .success(let record):
                let info = RecordInfo(id: record.id, languages: record.languages, path: record.document.source.path)
                if let asked = record.languages, !asked.isSubset(of: allowed) {
                    let missing = asked.subtracting(allowed).map(\.rawValue).sorted().joined(separator: ",")
                    let running = allowed.map(\.rawValue).sorted().joined(separator: ",")
                    return (info, .failure(.usage("the record asks for \(missing) but sunto stage runs with --lang \(running)")))
                }
                return (info, .success(record.document))
            }
        }
    }
}

extension StageRecordFeed.RecordInfo {
    init(id: StageRecord.ID, path: String) {
        self.init(id: id, languages: nil, path: path)
    }
}
