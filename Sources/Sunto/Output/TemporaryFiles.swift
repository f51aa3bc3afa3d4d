#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The temporary files of writes in progress in this process, so that a process that must quit
/// at once (a second Ctrl-C) can remove them instead of leaving them behind.
public enum TemporaryFiles {
    private static let paths = LockedValue(Set<String>())

    static func insert(_ path: String) {
        _ = paths.withLock { $0.insert(path) }
    }

    static func remove(_ path: String) {
        _ = paths.withLock { $0.remove(path) }
    }

    /// Deletes every temporary file still being written; call it just before exiting.
    ///
    /// - Returns: how many were deleted.
    @discardableResult
    public static func removeAll() -> Int {
        let pending = paths.withLock { paths in
            defer { paths.removeAll() }
            return paths
        }
        return pending.filter { unlink($0) == 0 }.count
    }
}
