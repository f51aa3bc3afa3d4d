#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A lock that many readers may hold at once, or one writer alone: for tables that every
/// thread reads all the time and that change rarely (caches that are nearly full of the words
/// of news after the first articles).
///
/// Written here because neither Foundation nor the standard library offers one; it wraps the
/// system's `pthread_rwlock_t`, which must not move, so it lives in its own allocation.
final class ReadWriteLock: @unchecked Sendable {
    // Safe to share: the system lock is made for exactly this, and the pointer never changes.
    private let lock: UnsafeMutablePointer<pthread_rwlock_t>

    init() {
        lock = .allocate(capacity: 1)
        lock.initialize(to: pthread_rwlock_t())
        pthread_rwlock_init(lock, nil)
    }

    deinit {
        pthread_rwlock_destroy(lock)
        lock.deallocate()
    }

    /// Runs `body` holding the lock for reading (other readers may run at the same time).
    func reading<Result>(_ body: () throws -> Result) rethrows -> Result {
        pthread_rwlock_rdlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body()
    }

    /// Runs `body` holding the lock alone.
    func writing<Result>(_ body: () throws -> Result) rethrows -> Result {
        pthread_rwlock_wrlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body()
    }
}
