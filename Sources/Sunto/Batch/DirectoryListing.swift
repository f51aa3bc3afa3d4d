#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The names in one folder, sorted by their UTF-8 bytes so that every walk of the same tree
/// visits it in the same order whatever the file system returns.
enum DirectoryListing {
    /// One name in the folder, with what `readdir` says it is: `nil` when it cannot tell, or
    /// when the name is a symbolic link, to be resolved with `stat`.
    struct Name {
        var name: String
        var kind: FileSystemEntry.Kind?
    }

    /// Lists `path`, leaving out `.` and `..`.
    ///
    /// - Returns: the names, or the `errno` of `opendir` (e.g. `EACCES`).
    static func names(in path: String) -> Result<[Name], Errno> {
        guard let directory = opendir(path) else { return .failure(Errno(errno)) }
        defer { closedir(directory) }
        var names: [Name] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let type = entry.pointee.d_type
            let kind: FileSystemEntry.Kind? = switch Int32(type) {
            case Int32(DT_DIR): .directory
            case Int32(DT_REG): .regularFile
            case Int32(DT_FIFO), Int32(DT_SOCK), Int32(DT_CHR), Int32(DT_BLK): .special
            default: nil
            }
            names.append(Name(name: name, kind: kind))
        }
        names.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        return .success(names)
    }
}
