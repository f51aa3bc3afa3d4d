
/// Writes the outputs of one finished document: each format rendered and written atomically
/// under the output folder, creating the folders that mirror the input's.
struct BriefFiles {
    let layout: OutputLayout
    private var knownFolders: Set<String> = []

    init(layout: OutputLayout) {
        self.layout = layout
    }

    /// Writes the document's outputs at `stem`.
    ///
    /// - Returns: the outputs written, relative to the output folder, one per format.
    /// - Throws: ``SuntoError/cannotWrite(path:reason:)`` for the first output that cannot be
    ///   written; outputs written before it are complete files.
    mutating func write(_ document: Document, stem: String) throws(SuntoError) -> [String] {
        let outputs = layout.relativeOutputs(stem: stem)
        if let slash = stem.lastIndex(of: "/") { try makeFolder(String(stem[..<slash])) }
        for (format, output) in zip(layout.formats, outputs) {
            try AtomicFile.write(format.renderer.renderUTF8(document), to: layout.path(output))
        }
        return outputs
    }

    private mutating func makeFolder(_ relative: String) throws(SuntoError) {
        guard !knownFolders.contains(relative) else { return }
        try OutputFolder.create(layout.path(relative))
        knownFolders.insert(relative)
    }
}
