/// Limits how far the source may run ahead of the oldest document not yet delivered.
///
/// Replicas finish documents out of order and the runner delivers them in input order, holding
/// early finishers back; without this window one slow document would let that backlog grow
/// without bound.
actor InFlightWindow {
    private let size: Int
    private var delivered = 0
    private var waiters: [(Int, CheckedContinuation<Void, Never>)] = []

    /// Creates a window that lets at most `size` documents be in flight.
    init(size: Int) {
        self.size = max(1, size)
    }

    /// Suspends until document `index` may enter the pipeline.
    func admit(_ index: Int) async {
        if index < delivered + size { return }
        await withCheckedContinuation { continuation in
            waiters.append((index, continuation))
        }
    }

    /// Records that the documents before `count` have been delivered.
    func delivered(upTo count: Int) {
        delivered = count
        let ready = waiters.filter { $0.0 < delivered + size }
        waiters.removeAll { $0.0 < delivered + size }
        for (_, continuation) in ready { continuation.resume() }
    }
}
