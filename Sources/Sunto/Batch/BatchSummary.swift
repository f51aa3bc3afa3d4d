/// How a batch ended.
public struct BatchSummary: Sendable, Equatable {
    /// The final counts.
    public var progress: BatchProgress
    /// Whether it was stopped before the end (Ctrl-C, SIGTERM, a ``StopFlag``).
    public var interrupted: Bool
    /// `failures.jsonl`, where failed inputs are listed.
    public var failuresPath: String

    /// The exit code of the command-line contract: 130 interrupted, 1 when an input failed,
    /// 0 otherwise.
    public var exitCode: Int32 {
        if interrupted { return 130 }
        return progress.failed > 0 ? 1 : 0
    }
}
