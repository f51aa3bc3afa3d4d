import Foundation

#if canImport(Glibc)
import Glibc

/// The system's `read`, which `InputFile.read` hides inside the type.
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin

/// The system's `read`, which `InputFile.read` hides inside the type.
private let systemRead = Darwin.read
#endif

/// Reads input files and standard input as bytes, with errors that name the file.
public enum InputFile {
    /// Reads the whole file at `path` (`-` is standard input), refusing one over `maxBytes`.
    ///
    /// The file is read in chunks and reading stops as soon as the limit is passed, so a huge
    /// file, a device such as `/dev/zero` or an endless pipe costs at most `maxBytes` of memory.
    ///
    /// - Throws: ``SuntoError/inputMissing(path:)``, ``SuntoError/unreadable(path:reason:)``, or
    ///   ``SuntoError/tooLarge(path:bytes:limit:)`` past `maxBytes`.
    public static func read(_ path: String, maxBytes: Int = .max) throws(SuntoError) -> [UInt8] {
        if path == "-" {
            return try readAll(STDIN_FILENO, expected: 0, path: path, maxBytes: maxBytes)
        }
        // The system's calls, not FileManager: its attributes of a file include the owner's
        // and group's names, looked up in the user database for every file of a batch.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: throw .inputMissing(path: path)
            case EACCES, EPERM: throw .unreadable(path: path, reason: "permission denied")
            default: throw .unreadable(path: path, reason: "I/O error")
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path: path, reason: "I/O error") }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw .unreadable(path: path, reason: "it is a folder") }
        if Int(status.st_size) > maxBytes {
            throw .tooLarge(path: path, bytes: Int(status.st_size), limit: maxBytes)
        }
        return try readAll(descriptor, expected: Int(status.st_size), path: path, maxBytes: maxBytes)
    }

    /// Reads an open file to its end, or until more than `maxBytes` have come. `expected` is the
    /// size the file had when opened (0 for devices and pipes, which say nothing): the buffer
    /// starts that large, so a regular file is read in one call.
    private static func readAll(_ descriptor: Int32, expected: Int, path: String, maxBytes: Int) throws(SuntoError) -> [UInt8] {
        var bytes: [UInt8] = []
        var capacity = max(min(expected, maxBytes) + 1, 4096)
        while true {
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: capacity - start))
            let count = bytes.withUnsafeMutableBufferPointer { buffer in
                systemRead(descriptor, buffer.baseAddress! + start, capacity - start)
            }
            if count < 0 {
                if errno == EINTR {
                    bytes.removeSubrange(start...)
                    continue
                }
                throw .unreadable(path: path, reason: errno == EISDIR ? "it is a folder" : "I/O error")
            }
            bytes.removeSubrange((start + count)...)
            guard bytes.count <= maxBytes else { throw .tooLarge(path: path, bytes: bytes.count, limit: maxBytes) }
            if count == 0 { return bytes }
            if bytes.count == capacity { capacity = min(capacity * 2, maxBytes == .max ? capacity * 2 : maxBytes + 1) }
        }
    }

    /// Builds a document from a file, detecting HTML by extension or content.
    ///
    /// - Parameter maxBytes: the largest file accepted (see ``read(_:maxBytes:)``).
    public static func document(at path: String, maxBytes: Int = .max) throws(SuntoError) -> Document {
        let bytes = try read(path, maxBytes: maxBytes)
        let format: SourceInfo.Format = HTMLDetector.isHTML(path: path, bytes: bytes) ? .html : .text
        return Document(source: SourceInfo(path: path, format: format), bytes: bytes)
    }
}

/// The articles at a list of paths, read one at a time as the pipeline asks for them, so a long
/// list never sits in memory at once; a file that cannot be read becomes a failed input.
public struct FileDocuments: Sequence, Sendable {
    /// The paths, in order.
    public let paths: [String]
    /// The largest file read; a larger one fails as ``SuntoError/tooLarge(path:bytes:limit:)``
    /// without being read whole.
    public let maxBytes: Int

    /// Creates the sequence.
    public init(paths: [String], maxBytes: Int = .max) {
        self.paths = paths
        self.maxBytes = maxBytes
    }

    public func makeIterator() -> Iterator {
        Iterator(paths: paths, maxBytes: maxBytes)
    }

    /// Reads the next file on demand.
    public struct Iterator: IteratorProtocol {
        fileprivate var paths: [String]
        fileprivate var maxBytes: Int
        fileprivate var index = 0

        public mutating func next() -> Result<Document, SuntoError>? {
            guard index < paths.count else { return nil }
            defer { index += 1 }
            do {
                return .success(try InputFile.document(at: paths[index], maxBytes: maxBytes))
            } catch {
                return .failure(error)
            }
        }
    }
}
