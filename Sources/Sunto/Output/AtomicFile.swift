#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that a reader never sees a half-written one: the content goes to a temporary
/// file in the same folder, which is then renamed over the target in one step.
///
/// Temporary files are named `.NAME.RANDOM.sunto-tmp`. While one exists it is listed in
/// ``TemporaryFiles``, so that a process told to quit at once can remove it; one left by a
/// process killed outright is removed by ``removeTemporaryFiles(under:)``.
public enum AtomicFile {
    /// The suffix of temporary files.
    public static let temporarySuffix = ".sunto-tmp"

    /// Writes `text` to `path` atomically.
    ///
    /// - Throws: ``SuntoError/cannotWrite(path:reason:)``.
    public static func write(_ text: String, to path: String) throws(SuntoError) {
        try write(Array(text.utf8), to: path)
    }

    /// Writes `bytes` to `path` atomically.
    ///
    /// - Throws: ``SuntoError/cannotWrite(path:reason:)`` when the folder is missing or not
    ///   writable, the disk is full, or `path` is a folder.
    public static func write(_ bytes: [UInt8], to path: String) throws(SuntoError) {
        let writer = try AtomicFileWriter(path: path)
        do throws(SuntoError) {
            try writer.append(bytes)
            try writer.commit()
        } catch {
            writer.discard()
            throw error
        }
    }

    /// The temporary path for a write to `path`: hidden, in the same folder, unique.
    static func temporaryPath(for path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let random = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        return folder + "." + name + "." + random + temporarySuffix
    }

    /// Removes the temporary files that writers killed outright left in `folder` and below.
    ///
    /// - Returns: how many were removed.
    @discardableResult
    public static func removeTemporaryFiles(under folder: String) -> Int {
        var removed = 0
        var pending = [folder]
        while let current = pending.popLast() {
            guard let directory = opendir(current) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                guard name != ".", name != ".." else { continue }
                let path = current + "/" + name
                if Int32(entry.pointee.d_type) == Int32(DT_DIR) {
                    pending.append(path)
                } else if name.hasPrefix("."), name.hasSuffix(temporarySuffix), unlink(path) == 0 {
                    removed += 1
                }
            }
        }
        return removed
    }
}
