/// Answers kept for the first `capacity` different keys, shared by every thread.
///
/// For lookups whose answer never changes and whose keys repeat, like the words of news: the
/// same few thousand forms make up most of every article, so their analyses, term keys and
/// stems are worked out once. After `capacity` keys the cache stops growing and new keys are
/// worked out each time, so memory stays bounded whatever the input.
///
/// Readers share a read-write lock: once the words of news are in, nearly every lookup is a
/// read, and two threads reading at once (the articles of a run are processed side by side)
/// do not wait for each other, as they did for one mutex.
final class BoundedCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    // Safe to share: `storage` is read only under `lock.reading` and changed only under
    // `lock.writing`.
    private var storage: [Key: Value] = [:]
    private let lock = ReadWriteLock()
    /// The most keys kept.
    let capacity: Int

    /// Creates an empty cache keeping at most `capacity` keys.
    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The answer for `key`: kept from before, or made by `compute` (outside the lock, so two
    /// threads may both compute a new key; they get the same answer).
    func value(for key: Key, compute: (Key) throws -> Value) rethrows -> Value {
        if let known = cached(key) { return known }
        let value = try compute(key)
        store(key, value)
        return value
    }

    /// The answer kept for `key`, if any.
    func cached(_ key: Key) -> Value? {
        lock.reading { storage[key] }
    }

    /// Keeps `value` as the answer for `key`, unless the cache is full.
    func store(_ key: Key, _ value: Value) {
        lock.writing {
            if storage.count < capacity { storage[key] = value }
        }
    }

    /// How many keys are kept.
    var count: Int { lock.reading { storage.count } }
}
