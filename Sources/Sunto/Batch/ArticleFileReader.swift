#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads one article file of a batch into a document, refusing what must not be read: files
/// over the size limit (checked before reading), FIFOs and devices (opened without blocking and
/// checked), and gzip data that inflates past the limit.
///
/// A `.gz` file is inflated here, so the document's bytes, and the `sha256` in its brief, are
/// those of the article itself; HTML is told from text by name and content, as by
/// ``InputFile``.
public struct ArticleFileReader: Sendable {
    /// The largest article accepted, in bytes (after inflation).
    public var maxBytes: Int

    /// Creates a reader.
    public init(maxBytes: Int = DecodeStage.defaultMaxBytes) {
        self.maxBytes = maxBytes
    }

    /// Reads `file`.
    ///
    /// - Throws: ``SuntoError/inputMissing(path:)``, ``SuntoError/unreadable(path:reason:)``,
    ///   ``SuntoError/tooLarge(path:bytes:limit:)`` or ``SuntoError/undecodable(path:reason:)``
    ///   (damaged gzip data), each naming the file by its relative path.
    public func document(for file: WalkedFile) throws(SuntoError) -> Document {
        let name = file.relativePath
        var bytes = try read(file.path, name: name)
        var lookup = name
        if lookup.lowercased().hasSuffix(".gz") {
            lookup.removeLast(3)
            guard GzipReader.isGzip(bytes) else {
                throw .undecodable(path: name, reason: "named .gz but it is not gzip data")
            }
            bytes = try GzipReader(maxBytes: maxBytes).inflate(bytes, path: name)
        }
        let format: SourceInfo.Format = HTMLDetector.isHTML(path: lookup, bytes: bytes) ? .html : .text
        return Document(source: SourceInfo(path: name, format: format), bytes: bytes)
    }

    /// The whole file, after checking it is a regular file within the limit.
    private func read(_ path: String, name: String) throws(SuntoError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.openError(Errno(errno), name: name) }
        defer { close(descriptor) }
        let entry: FileSystemEntry
        switch FileSystemEntry.stat(descriptor: descriptor) {
        case .success(let value): entry = value
        case .failure(let error): throw .unreadable(path: name, reason: error.description)
        }
        guard entry.kind == .regularFile else {
            throw .unreadable(path: name, reason: entry.kind == .directory ? "it is a folder" : "not a regular file (a FIFO, socket or device)")
        }
        guard entry.size <= maxBytes else { throw .tooLarge(path: name, bytes: entry.size, limit: maxBytes) }
        // One byte of room past the size seen by fstat lets the end of the file be seen in one
        // read; a file that grows while it is read gets more room, up to the limit.
        var bytes = [UInt8](repeating: 0, count: entry.size + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count / 4))) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw .unreadable(path: name, reason: Errno(errno).description) }
            if count == 0 { break }
            filled += count
            guard filled <= maxBytes else { throw .tooLarge(path: name, bytes: filled, limit: maxBytes) }
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    private static func openError(_ error: Errno, name: String) -> SuntoError {
        switch error.code {
        case ENOENT: .inputMissing(path: name)
        case EACCES, EPERM: .unreadable(path: name, reason: "permission denied")
        case ELOOP: .unreadable(path: name, reason: "symbolic link loop")
        default: .unreadable(path: name, reason: error.description)
        }
    }
}

#if canImport(Glibc)
    private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { Glibc.read(descriptor, buffer, count) }
#elseif canImport(Darwin)
    private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { Darwin.read(descriptor, buffer, count) }
#endif
