/// Answers kept for the first `capacity` different words, found from a word's scalars without
/// making a string of it, shared by every thread.
///
/// Like ``BoundedCache``, for the words of a text given as scalar ranges: a `Dictionary` would
/// need each word made into a `String` and hashed as one (Unicode-aware), which costs more than
/// the lookup it serves; here a word is hashed from its scalars and compared with the kept
/// scalars in place. Written here because no package offers a table keyed by slices of a
/// caller's buffer. Lookups take a batch of words (a sentence) under one read lock, so threads
/// reading at once do not wait for each other.
final class ScalarKeyedTable<Value: Sendable>: @unchecked Sendable {
    // Safe to share: `slots`, `keys` and `count` are read only under `lock.reading` and changed
    // only under `lock.writing`.

    /// A slot: the key's hash (0 for a free slot; hashes are made odd), the key itself when it
    /// is short (``packed(_:)``) or else where its scalars start in `keys`, how many scalars it
    /// has, and the answer. A short key is checked in the slot, without reading `keys`: most
    /// words are short, and each read elsewhere is another cache miss.
    private struct Slot {
        var hash: UInt64 = 0
        var packed: UInt64 = 0
        var start: Int32 = 0
        var length: Int32 = 0
        var value: Value?
    }

    /// Open addressing with linear probing; the slots' count is a power of two, at least twice
    /// `count`, so probes stay short and a free slot always exists. It starts small and doubles.
    private var slots = [Slot](repeating: Slot(), count: 256)
    /// The kept keys' scalars, one after another.
    private var keys: [Unicode.Scalar] = []
    private var count = 0
    private let lock = ReadWriteLock()
    /// The most keys kept.
    let capacity: Int

    /// Creates an empty table keeping at most `capacity` keys.
    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The answers kept for the words at `ranges` of `text`, in order, nil for a word not kept.
    func values(of ranges: [Range<Int>], in text: [Unicode.Scalar], into answers: inout [Value?]) {
        answers.removeAll(keepingCapacity: true)
        answers.append(contentsOf: repeatElement(nil, count: ranges.count))
        // Read and written through buffers: a slice of an array holds a reference to it, and
        // counting that reference up and down for every word cost as much as the lookup, as
        // did checking, for every answer appended, that the array is not shared.
        text.withUnsafeBufferPointer { text in
            answers.withUnsafeMutableBufferPointer { answers in
                lock.reading {
                    slots.withUnsafeBufferPointer { slots in
                        keys.withUnsafeBufferPointer { keys in
                            for (number, range) in ranges.enumerated() {
                                let word = UnsafeBufferPointer(rebasing: text[range])
                                answers[number] = Self.find(Self.probe(word), word, slots: slots, keys: keys)
                            }
                        }
                    }
                }
            }
        }
    }

    /// The answer kept for `word`, if any.
    func value(of word: ArraySlice<Unicode.Scalar>) -> Value? {
        word.withUnsafeBufferPointer { word in lock.reading { find(Self.probe(word), word) } }
    }

    /// Keeps `value` as the answer for `word`, unless the table is full or has one already.
    func store(_ word: ArraySlice<Unicode.Scalar>, _ value: Value) {
        word.withUnsafeBufferPointer { store($0, value) }
    }

    private func store(_ word: UnsafeBufferPointer<Unicode.Scalar>, _ value: Value) {
        let probe = Self.probe(word)
        let hash = probe.hash
        lock.writing {
            guard count < capacity, find(probe, word) == nil else { return }
            if (count + 1) * 2 > slots.count { grow() }
            if let packed = probe.packed {
                place(Slot(hash: hash, packed: packed, start: -1, length: Int32(word.count), value: value))
            } else {
                place(Slot(hash: hash, start: Int32(keys.count), length: Int32(word.count), value: value))
                keys.append(contentsOf: word)
            }
            count += 1
        }
    }

    /// How many words are kept.
    var storedCount: Int { lock.reading { count } }

    /// The answer kept for `word`, whose probe is `probe`; the caller holds the lock.
    private func find(_ probe: Probe, _ word: UnsafeBufferPointer<Unicode.Scalar>) -> Value? {
        slots.withUnsafeBufferPointer { slots in
            keys.withUnsafeBufferPointer { keys in Self.find(probe, word, slots: slots, keys: keys) }
        }
    }

    /// ``find(_:_:)`` in the table's slots and keys, read through buffers (a batch of words
    /// takes them once).
    private static func find(
        _ probe: Probe, _ word: UnsafeBufferPointer<Unicode.Scalar>, slots: UnsafeBufferPointer<Slot>, keys: UnsafeBufferPointer<Unicode.Scalar>
    ) -> Value? {
        let mask = slots.count - 1
        var index = slot(of: probe.hash, mask: mask)
        while slots[index].hash != 0 {
            let slot = slots[index]
            if slot.hash == probe.hash, Int(slot.length) == word.count {
                if slot.start < 0 {
                    if let packed = probe.packed, packed == slot.packed { return slot.value }
                } else {
                    let start = Int(slot.start)
                    if keys[start..<start + word.count].elementsEqual(word) { return slot.value }
                }
            }
            index = (index + 1) & mask
        }
        return nil
    }

    private func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        for slot in old where slot.hash != 0 { place(slot) }
    }

    private func place(_ slot: Slot) {
        let mask = slots.count - 1
        var index = Self.slot(of: slot.hash, mask: mask)
        while slots[index].hash != 0 { index = (index + 1) & mask }
        slots[index] = slot
    }

    /// What a lookup needs of a word: FNV-1a over its scalars, made odd so that 0 marks a free
    /// slot, and, for a word of at most eight scalars below U+0100, the word as one number, a
    /// byte each (with the length, which the slot keeps, it is the word). Both in one pass.
    private struct Probe {
        var hash: UInt64
        var packed: UInt64?
    }

    private static func probe(_ word: UnsafeBufferPointer<Unicode.Scalar>) -> Probe {
        var hash = WordSpan.fnvOffset
        var packed: UInt64 = 0
        var fits = word.count <= 8
        for scalar in word {
            hash = WordSpan.fnvStep(hash, scalar)
            packed = packed << 8 | UInt64(scalar.value)
            fits = fits && scalar.value < 0x100
        }
        return Probe(hash: hash | 1, packed: fits ? packed : nil)
    }

    /// Where a hash starts probing: FNV's low bits are mixed with its high ones first.
    private static func slot(of hash: UInt64, mask: Int) -> Int {
        let mixed = (hash ^ (hash >> 33)) &* 0xff51_afd7_ed55_8ccd
        return Int(truncatingIfNeeded: mixed ^ (mixed >> 33)) & mask
    }
}
