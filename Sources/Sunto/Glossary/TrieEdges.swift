/// The glossary trie's edges (an edge number → the child node), in one open-addressing table.
///
/// Every word of every article follows edges, so their lookup is on the hot path. A
/// `Dictionary<Int, Int>` hashes each key with SipHash; edge numbers need no protection against
/// chosen collisions (they are made from the glossary, not from the text), so a multiplicative
/// hash serves, and keys and children sit side by side in one array.
struct TrieEdges: Sendable {
    /// Slots of (edge, child); a free slot has edge -1. The count is a power of two, at least
    /// twice the edges held.
    private var slots = [(edge: Int, child: Int32)](repeating: (-1, 0), count: 16)
    /// The number of edges held.
    private(set) var count = 0

    /// The child at the end of `edge` (a number ≥ 0), or nil; setting adds an edge (edges are
    /// never removed, and setting nil does nothing).
    subscript(edge: Int) -> Int? {
        get {
            let mask = slots.count - 1
            var index = Self.slot(of: edge, mask: mask)
            while true {
                let slot = slots[index]
                if slot.edge == edge { return Int(slot.child) }
                if slot.edge < 0 { return nil }
                index = (index + 1) & mask
            }
        }
        set {
            guard let newValue else { return }
            if (count + 1) * 2 > slots.count { resize(to: slots.count * 2) }
            if place(edge, Int32(newValue)) { count += 1 }
        }
    }

    /// Makes room for `capacity` edges at once.
    mutating func reserveCapacity(_ capacity: Int) {
        var size = slots.count
        while size < capacity * 2 { size *= 2 }
        if size > slots.count { resize(to: size) }
    }

    /// Calls `body` with every edge and its child, in no particular order.
    func forEach(_ body: (_ edge: Int, _ child: Int) -> Void) {
        for slot in slots where slot.edge >= 0 { body(slot.edge, Int(slot.child)) }
    }

    /// Puts an edge in its slot, or changes its child; whether the edge is new.
    private mutating func place(_ edge: Int, _ child: Int32) -> Bool {
        let mask = slots.count - 1
        var index = Self.slot(of: edge, mask: mask)
        while slots[index].edge >= 0 {
            if slots[index].edge == edge {
                slots[index].child = child
                return false
            }
            index = (index + 1) & mask
        }
        slots[index] = (edge, child)
        return true
    }

    private mutating func resize(to size: Int) {
        let old = slots
        slots = [(edge: Int, child: Int32)](repeating: (-1, 0), count: size)
        for slot in old where slot.edge >= 0 { _ = place(slot.edge, slot.child) }
    }

    /// Fibonacci hashing: the product's high bits are well mixed.
    private static func slot(of edge: Int, mask: Int) -> Int {
        let mixed = UInt64(bitPattern: Int64(edge)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 32) & mask
    }
}
