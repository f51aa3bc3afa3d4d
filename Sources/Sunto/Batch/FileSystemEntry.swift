#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a path is, after following symbolic links, and which file it is (device and inode), so
/// that a folder reached twice through links can be recognised.
struct FileSystemEntry: Equatable {
    /// The kinds the folder walker tells apart.
    enum Kind: Equatable {
        case regularFile
        case directory
        /// A FIFO, socket or device: never read, as reading a FIFO would wait forever.
        case special
    }

    /// Device and inode: equal for two paths of the same file or folder.
    struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    var kind: Kind
    var identity: Identity
    /// Size in bytes (regular files).
    var size: Int

    /// Describes the file at `path`, following symbolic links.
    ///
    /// - Returns: the entry, or the `errno` of the failed `stat` (`ELOOP` for a link loop,
    ///   `ENOENT` for a broken link).
    static func stat(_ path: String) -> Result<FileSystemEntry, Errno> {
        var info = StatBuffer()
        guard statFollowingLinks(path, &info) == 0 else { return .failure(Errno(errno)) }
        return .success(FileSystemEntry(info))
    }

    /// Describes an open file.
    static func stat(descriptor: Int32) -> Result<FileSystemEntry, Errno> {
        var info = StatBuffer()
        guard fstat(descriptor, &info) == 0 else { return .failure(Errno(errno)) }
        return .success(FileSystemEntry(info))
    }

    private init(_ info: StatBuffer) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regularFile
        case S_IFDIR: kind = .directory
        default: kind = .special
        }
        identity = Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        size = Int(info.st_size)
    }
}

#if canImport(Glibc)
    typealias StatBuffer = Glibc.stat
#elseif canImport(Darwin)
    typealias StatBuffer = Darwin.stat
#endif

private func statFollowingLinks(_ path: String, _ info: inout StatBuffer) -> Int32 {
    fstatat(AT_FDCWD, path, &info, 0)
}

extension FileSystemEntry {
    /// Whether `path` is a regular file (following links).
    static func isRegularFile(_ path: String) -> Bool {
        (try? stat(path).get().kind) == .regularFile
    }
}
