import Foundation

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
            return try readAll(FileHandle.standardInput, path: path, maxBytes: maxBytes)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .inputMissing(path: path)
        }
        guard !isDirectory.boolValue else { throw .unreadable(path: path, reason: "it is a folder") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxBytes {
            throw .tooLarge(path: path, bytes: size, limit: maxBytes)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: FileManager.default.isReadableFile(atPath: path) ? "I/O error" : "permission denied")
        }
        defer { try? handle.close() }
        return try readAll(handle, path: path, maxBytes: maxBytes)
    }

    /// Reads `handle` to its end, or until more than `maxBytes` have come.
    private static func readAll(_ handle: FileHandle, path: String, maxBytes: Int) throws(SuntoError) -> [UInt8] {
        var bytes: [UInt8] = []
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 1 << 20)
            } catch {
                throw .unreadable(path: path, reason: "I/O error")
            }
            guard let chunk, !chunk.isEmpty else { return bytes }
            bytes.append(contentsOf: chunk)
            guard bytes.count <= maxBytes else { throw .tooLarge(path: path, bytes: bytes.count, limit: maxBytes) }
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
