#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file that lines are added to at its end, kept across runs (the batch manifest).
///
/// Lines are buffered and written whole by ``flush()``; a process killed between two flushes
/// loses the lines not yet written, never a line already in the file. A file whose last line was
/// cut short by such a kill gets a newline first, so the cut line stays alone and is skipped by
/// readers.
public final class AppendingFile {
    /// The file.
    public let path: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []

    /// Opens `path` for appending, creating it when missing.
    ///
    /// - Throws: ``SuntoError/cannotWrite(path:reason:)``.
    public init(path: String) throws(SuntoError) {
        self.path = path
        descriptor = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: Errno(errno).description) }
        var last: UInt8 = 0
        if lseek(descriptor, -1, SEEK_END) >= 0, read(descriptor, &last, 1) == 1, last != 0x0A {
            buffer.append(0x0A)
        }
    }

    deinit {
        if descriptor >= 0 { _ = systemClose(descriptor) }
    }

    /// Adds a line (`text` must end with a newline); it reaches the file at the next flush.
    public func append(_ text: String) {
        buffer += text.utf8
    }

    /// Writes the buffered lines.
    ///
    /// - Throws: ``SuntoError/cannotWrite(path:reason:)`` (e.g. disk full).
    public func flush() throws(SuntoError) {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        try FileDescriptorOutput.writeAll(buffer, to: descriptor, path: path)
    }

    /// Flushes and closes the file.
    public func close() throws(SuntoError) {
        try flush()
        if descriptor >= 0 {
            _ = systemClose(descriptor)
            descriptor = -1
        }
    }
}

private func systemClose(_ descriptor: Int32) -> Int32 {
    #if canImport(Glibc)
        Glibc.close(descriptor)
    #else
        Darwin.close(descriptor)
    #endif
}
