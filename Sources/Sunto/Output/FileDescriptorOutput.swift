#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes whole buffers to a file descriptor, going on after short writes and interruptions.
enum FileDescriptorOutput {
    /// Writes every byte of `bytes`.
    ///
    /// - Throws: ``SuntoError/cannotWrite(path:reason:)`` naming `path` (e.g. disk full).
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(SuntoError) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                write(descriptor, raw.baseAddress! + written, raw.count - written)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw .cannotWrite(path: path, reason: Errno(errno).description) }
            written += count
        }
    }
}
