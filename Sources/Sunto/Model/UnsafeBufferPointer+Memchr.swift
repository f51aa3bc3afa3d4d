#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension UnsafeBufferPointer<UInt8> {
    /// Where `byte` first stands in `self[from..<to]`, or `nil`; `to` defaults to the end.
    ///
    /// Searched with the C library's `memchr`, which reads many bytes per step: the tables
    /// read at start-up (the glossary snapshot, the word table) are scanned with it rather than
    /// byte by byte.
    func firstOffset(of byte: UInt8, from: Int, to: Int? = nil) -> Int? {
        let limit = Swift.min(to ?? count, count)
        guard from < limit, let base = baseAddress, let hit = memchr(base + from, Int32(byte), limit - from) else { return nil }
        return base.distance(to: UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)))
    }
}
