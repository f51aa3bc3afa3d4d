import Foundation

/// Reads input files and standard input as bytes, with errors that name the file.
public enum InputFile {
    /// Reads the whole file at `path` (`-` is standard input).
    ///
    /// - Throws: ``SuntoError/inputMissing(path:)`` or ``SuntoError/unreadable(path:reason:)``.
    public static func read(_ path: String) throws(SuntoError) -> [UInt8] {
        if path == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .inputMissing(path: path)
        }
        guard !isDirectory.boolValue else { throw .unreadable(path: path, reason: "it is a folder") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: FileManager.default.isReadableFile(atPath: path) ? "I/O error" : "permission denied")
        }
        return [UInt8](data)
    }

    /// Builds a document from a file, detecting HTML by extension or content.
    public static func document(at path: String) throws(SuntoError) -> Document {
        let bytes = try read(path)
        let format: SourceInfo.Format = HTMLDetector.isHTML(path: path, bytes: bytes) ? .html : .text
        return Document(source: SourceInfo(path: path, format: format), bytes: bytes)
    }
}

/// The articles at a list of paths, read one at a time as the pipeline asks for them, so a long
/// list never sits in memory at once; a file that cannot be read becomes a failed input.
public struct FileDocuments: Sequence, Sendable {
    /// The paths, in order.
    public let paths: [String]

    /// Creates the sequence.
    public init(paths: [String]) {
        self.paths = paths
    }

    public func makeIterator() -> Iterator {
        Iterator(paths: paths)
    }

    /// Reads the next file on demand.
    public struct Iterator: IteratorProtocol {
        fileprivate var paths: [String]
        fileprivate var index = 0

        public mutating func next() -> Result<Document, SuntoError>? {
            guard index < paths.count else { return nil }
            defer { index += 1 }
            do {
                return .success(try InputFile.document(at: paths[index]))
            } catch {
                return .failure(error)
            }
        }
    }
}
