/// Answers kept for the first `capacity` different keys, shared by every thread.
///
/// For lookups whose answer never changes and whose keys repeat, like the words of news: the
/// same few thousand forms make up most of every article, so their analyses, term keys and
/// stems are worked out once. After `capacity` keys the cache stops growing and new keys are
/// worked out each time, so memory stays bounded whatever the input.
final class BoundedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let storage = LockedValue<[Key: Value]>([:])
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
        storage.withLock { $0[key] }
    }

    /// Keeps `value` as the answer for `key`, unless the cache is full.
    func store(_ key: Key, _ value: Value) {
        storage.withLock { cache in
            if cache.count < capacity { cache[key] = value }
        }
    }

    /// How many keys are kept.
    var count: Int { storage.withLock { $0.count } }
}
