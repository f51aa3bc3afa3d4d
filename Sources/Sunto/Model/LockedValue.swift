import Foundation

/// A value shared between threads and tasks, read and changed only under a lock.
///
/// Batch runs hand state between code that cannot `await` (the lazy input sequence the
/// pipeline pulls from, a signal handler on a dispatch queue) and tasks; an actor cannot serve
/// the synchronous side, so this box does.
final class LockedValue<Value>: @unchecked Sendable {
    // Safe to share: `value` is touched only inside `withLock`, which holds `lock`.
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with exclusive access to the value.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
