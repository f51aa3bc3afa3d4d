#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file descriptor line by line, holding at most one line (up to a limit) in memory.
///
/// A line longer than the limit is not kept: its head is dropped and it is returned as
/// ``Line/tooLong(bytes:)`` once its end is reached, so one huge line cannot exhaust memory and
/// the lines after it are still read.
struct LineReader {
    /// One line, without its `\n` (and without a `\r` before it).
    enum Line: Equatable {
        case text([UInt8])
        case tooLong(bytes: Int)
    }

    private let descriptor: Int32
    private let maxLineBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    /// Bytes from `start` up to here hold no newline.
    private var searched = 0
    private var overflow = 0
    private var ended = false
    private static let chunk = 64 * 1024

    /// Creates a reader of `descriptor` (which it does not close).
    init(descriptor: Int32, maxLineBytes: Int) {
        self.descriptor = descriptor
        self.maxLineBytes = max(1, maxLineBytes)
    }

    /// The next line, `nil` at the end of input; a last line without `\n` counts as a line.
    ///
    /// - Throws: ``Errno`` when reading fails.
    mutating func next() throws(Errno) -> Line? {
        while true {
            if let newline = buffer[max(start, searched)...].firstIndex(of: 0x0A) {
                let line = buffer[start..<newline]
                start = newline + 1
                return finish(line)
            }
            searched = buffer.count
            if ended {
                guard start < buffer.count || overflow > 0 else { return nil }
                let line = buffer[start...]
                start = buffer.count
                return finish(line)
            }
            compact()
            try fill()
        }
    }

    private mutating func finish(_ line: ArraySlice<UInt8>) -> Line {
        defer { overflow = 0 }
        if overflow > 0 { return .tooLong(bytes: overflow + line.count + 1) }
        var text = Array(line)
        if text.last == 0x0D { text.removeLast() }
        return .text(text)
    }

    /// Drops what was consumed, and the head of a line past the limit.
    private mutating func compact() {
        buffer.removeSubrange(0..<start)
        start = 0
        if buffer.count > maxLineBytes {
            overflow += buffer.count
            buffer.removeAll(keepingCapacity: true)
        }
        searched = buffer.count
    }

    private mutating func fill() throws(Errno) {
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: Self.chunk))
        var count: Int
        repeat {
            count = buffer.withUnsafeMutableBytes { raw in read(descriptor, raw.baseAddress! + old, Self.chunk) }
        } while count < 0 && errno == EINTR
        guard count >= 0 else {
            buffer.removeSubrange(old...)
            throw Errno(errno)
        }
        buffer.removeSubrange((old + count)...)
        if count == 0 { ended = true }
    }
}
