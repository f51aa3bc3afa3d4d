/// Where a batch stands: how many inputs were found, briefed, found up to date or failed, and
/// how fast it goes.
public struct BatchProgress: Sendable, Equatable {
    /// Inputs in the folder, once counted (`nil` before, or when not counted).
    public var total: Int?
    /// Inputs briefed and written in this run.
    public var written: Int
    /// Inputs skipped because their outputs are up to date.
    public var upToDate: Int
    /// Inputs that failed (each has a line in `failures.jsonl`).
    public var failed: Int
    /// Seconds since the batch started.
    public var elapsed: Double

    /// Creates a snapshot.
    public init(total: Int? = nil, written: Int = 0, upToDate: Int = 0, failed: Int = 0, elapsed: Double = 0) {
        self.total = total
        self.written = written
        self.upToDate = upToDate
        self.failed = failed
        self.elapsed = elapsed
    }

    /// Inputs dealt with, whatever the outcome.
    public var done: Int { written + upToDate + failed }

    /// Inputs worked on (briefed or failed) per second; `nil` until there is something to say.
    public var rate: Double? {
        let worked = written + failed
        guard worked > 0, elapsed > 0.05 else { return nil }
        return Double(worked) / elapsed
    }

    /// Estimated seconds left, at the current rate; `nil` without a total or a rate.
    public var secondsLeft: Double? {
        guard let total, let rate else { return nil }
        return Double(max(0, total - done)) / rate
    }
}

/// Counts a running batch's progress; safe to read from any task or thread while it runs.
public final class BatchTracker: Sendable {
    private let state = LockedValue(BatchProgress())
    private let start = ContinuousClock.now

    /// Creates a tracker at zero.
    public init() {}

    /// The progress so far.
    public func snapshot() -> BatchProgress {
        var progress = state.withLock { $0 }
        let elapsed = ContinuousClock.now - start
        progress.elapsed = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return progress
    }

    func setTotal(_ total: Int) {
        state.withLock { $0.total = total }
    }

    func countWritten() {
        state.withLock { $0.written += 1 }
    }

    func countUpToDate() {
        state.withLock { $0.upToDate += 1 }
    }

    func countFailed() {
        state.withLock { $0.failed += 1 }
    }
}
