#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file piece by piece into a temporary file beside it, which ``commit()`` renames
/// over the target: until then readers see the previous version, or no file.
///
/// Used for files written over a whole run (`failures.jsonl`) and by ``AtomicFile``. One writer
/// belongs to one task.
public final class AtomicFileWriter {
    /// The file being written.
    public let path: String
    private let temporary: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var finished = false
    private static let bufferLimit = 64 * 1024

    /// Creates the temporary file.
    ///
    /// - Throws: ``SuntoError/cannotWrite(path:reason:)`` when it cannot be created.
    public init(path: String) throws(SuntoError) {
        self.path = path
        temporary = AtomicFile.temporaryPath(for: path)
        TemporaryFiles.insert(temporary)
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let reason = Errno(errno).description
            TemporaryFiles.remove(temporary)
            throw .cannotWrite(path: path, reason: reason)
        }
    }

    deinit {
        discard()
    }

    /// Adds bytes at the end.
    public func append(_ bytes: [UInt8]) throws(SuntoError) {
        buffer += bytes
        if buffer.count >= Self.bufferLimit { try flush() }
    }

    /// Adds text at the end, as UTF-8.
    public func append(_ text: String) throws(SuntoError) {
        try append(Array(text.utf8))
    }

    /// Puts the file in place of the target.
    ///
    /// - Throws: ``SuntoError/cannotWrite(path:reason:)``; the temporary file is then removed.
    public func commit() throws(SuntoError) {
        do throws(SuntoError) {
            try flush()
            guard close(descriptor) == 0 else { throw .cannotWrite(path: path, reason: Errno(errno).description) }
            descriptor = -1
            guard rename(temporary, path) == 0 else { throw .cannotWrite(path: path, reason: Errno(errno).description) }
            finished = true
            TemporaryFiles.remove(temporary)
        } catch {
            discard()
            throw error
        }
    }

    /// Gives up: removes the temporary file and leaves the target as it was.
    public func discard() {
        guard !finished else { return }
        finished = true
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        unlink(temporary)
        TemporaryFiles.remove(temporary)
    }

    private func flush() throws(SuntoError) {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        try FileDescriptorOutput.writeAll(buffer, to: descriptor, path: path)
    }
}
