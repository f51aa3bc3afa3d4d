#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Creates output folders.
public enum OutputFolder {
    /// Creates `path` and its missing parents, as `mkdir -p` does.
    ///
    /// - Throws: ``SuntoError/cannotWrite(path:reason:)`` when a part cannot be created (no
    ///   permission, a file in the way) or `path` exists and is not a folder.
    public static func create(_ path: String) throws(SuntoError) {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o755) != 0, errno != EEXIST {
                throw .cannotWrite(path: path, reason: "cannot create the folder: \(Errno(errno))")
            }
        }
        var info = StatBuffer()
        guard fstatat(AT_FDCWD, path, &info, 0) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw .cannotWrite(path: path, reason: "it exists and is not a folder")
        }
    }
}
