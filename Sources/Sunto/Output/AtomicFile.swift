import Foundation

/// Writes files so that a reader never sees a half-written one: the content goes to a temporary
/// file in the same folder, which is then renamed over the target in one step.
public enum AtomicFile {
    /// Writes `text` to `path` atomically.
    ///
    /// - Throws: ``SuntoError/cannotWrite(path:reason:)``.
    public static func write(_ text: String, to path: String) throws(SuntoError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            if FileManager.default.fileExists(atPath: path) {
                _ = try FileManager.default.replaceItemAt(url, withItemAt: temporary)
            } else {
                try FileManager.default.moveItem(at: temporary, to: url)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .cannotWrite(path: path, reason: (error as NSError).localizedDescription)
        }
    }
}
