/// A map from 64-bit word keys (``ScoringTokenizer/key(of:)``, already FNV-1a hashes) to small
/// numbers, or a set of such keys: open addressing with linear probing.
///
/// Scoring looks words up thousands of times per article; `Set<UInt64>` and `[UInt64: Int]` hash
/// every key again with SipHash, which costs more than the rest of the lookup. The keys here are
/// hashes already, so a multiplication spreads them over the slots.
struct KeyTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private var shift: UInt64
    /// Whether the key 0 (which marks an empty slot) is present, and its value.
    private var zeroValue: Int32 = -1
    /// The number of keys held.
    private(set) var count = 0

    /// An empty table with room for about `capacity` keys before it grows.
    init(capacity: Int = 16) {
        var slots = 16
        while slots < capacity * 2 { slots <<= 1 }
        keys = [UInt64](repeating: 0, count: slots)
        values = [Int32](repeating: -1, count: slots)
        mask = slots - 1
        shift = UInt64(64 - slots.trailingZeroBitCount)
    }

    /// A set of the given keys (each maps to its position in `keys`).
    init(_ keys: some Collection<UInt64>) {
        self.init(capacity: keys.count)
        for key in keys where value(for: key) == nil { insert(key, value: count) }
    }

    /// A set of the keys of the given words.
    init(words: some Collection<String>) {
        self.init(words.map(ScoringTokenizer.key(of:)))
    }

    @inline(__always)
    private func slot(for key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The number stored for `key`, or nil.
    @inline(__always)
    func value(for key: UInt64) -> Int? {
        if key == 0 { return zeroValue >= 0 ? Int(zeroValue) : nil }
        var index = slot(for: key)
        while true {
            let found = keys[index]
            if found == key { return Int(values[index]) }
            if found == 0 { return nil }
            index = (index + 1) & mask
        }
    }

    /// Whether `key` is in the table.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        value(for: key) != nil
    }

    /// The number stored for `key`; a new key gets the next free number (`count` before it).
    mutating func number(for key: UInt64) -> Int {
        if let value = value(for: key) { return value }
        let number = count
        insert(key, value: number)
        return number
    }

    /// Stores `value` for a key not yet in the table.
    private mutating func insert(_ key: UInt64, value: Int) {
        count += 1
        if key == 0 {
            zeroValue = Int32(value)
            return
        }
        if count * 2 > keys.count { grow() }
        var index = slot(for: key)
        while keys[index] != 0 { index = (index + 1) & mask }
        keys[index] = key
        values[index] = Int32(value)
    }

    private mutating func grow() {
        let old = zip(keys, values).filter { $0.0 != 0 }
        let slots = keys.count * 2
        keys = [UInt64](repeating: 0, count: slots)
        values = [Int32](repeating: -1, count: slots)
        mask = slots - 1
        shift = UInt64(64 - slots.trailingZeroBitCount)
        for (key, value) in old {
            var index = slot(for: key)
            while keys[index] != 0 { index = (index + 1) & mask }
            keys[index] = key
            values[index] = value
        }
    }
}
