/// Tells a running batch to stop: no new input is read, documents already inside the pipeline
/// are dropped at their next stage, and outputs being written are finished.
///
/// Set it from anywhere (a signal handler, another task); the batch notices within one document.
public final class StopFlag: Sendable {
    private let state = LockedValue(false)

    /// Creates a flag that is not set.
    public init() {}

    /// Whether a stop was asked for.
    public var isSet: Bool { state.withLock { $0 } }

    /// Asks the batch to stop.
    public func set() {
        state.withLock { $0 = true }
    }
}
