#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Checks the folders of a batch before anything is read or written.
enum BatchFolders {
    /// Checks that `input` is a folder and creates `output` (with its parents) when missing.
    ///
    /// - Throws: ``SuntoError/inputMissing(path:)`` when the input folder does not exist,
    ///   ``SuntoError/usage(_:)`` when it is a file or is the output folder itself,
    ///   ``SuntoError/cannotWrite(path:reason:)`` when the output folder cannot be created.
    static func prepare(input: String, output: String) throws(SuntoError) {
        let folder: FileSystemEntry
        switch FileSystemEntry.stat(input) {
        case .success(let entry): folder = entry
        case .failure(let error) where error.code == ENOENT: throw .inputMissing(path: input)
        case .failure(let error): throw .unreadable(path: input, reason: error.description)
        }
        guard folder.kind == .directory else {
            throw .usage("\(input) is not a folder: sunto batch briefs the articles of a folder (sunto brief takes files)")
        }
        try OutputFolder.create(output)
        if case .success(let entry) = FileSystemEntry.stat(output), entry.identity == folder.identity {
            throw .usage("the output folder must not be the input folder: give --out another folder")
        }
    }
}
