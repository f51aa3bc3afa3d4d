/// Where a batch writes: the input folder's structure mirrored under the output folder, one file
/// per article and format, beside the batch's own files.
///
/// `IN/politica/a01.txt` becomes `OUT/politica/a01.md`, `OUT/politica/a01.json`, … The article
/// extension is dropped unless two articles of one folder would then share a name
/// (`a01.txt` and `a01.html` become `a01.txt.md` and `a01.html.md`).
public struct OutputLayout: Sendable, Equatable {
    /// The output folder.
    public let root: String
    /// The formats written for each article, in the order given.
    public let formats: [OutputFormat]

    /// The extensions of the files a batch reads (each also gzip-compressed, with `.gz`).
    public static let articleExtensions = ["txt", "md", "html", "htm"]
    /// The record of what is up to date (see ``BatchManifest``).
    public static let manifestName = "manifest.jsonl"
    /// One line per input that failed (see ``FailureRecord``).
    public static let failuresName = "failures.jsonl"
    /// The page listing every brief, written when HTML is among the formats.
    public static let indexName = "index.html"

    /// Creates the layout.
    public init(root: String, formats: [OutputFormat]) {
        var root = root
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        self.root = root
        self.formats = formats
    }

    /// The file extension of a format's output.
    public static func fileExtension(for format: OutputFormat) -> String {
        format == .text ? "txt" : format.rawValue
    }

    /// The article extension of a file name (lower-cased, without `.gz`), or `nil` when the
    /// batch does not read such files.
    public static func articleExtension(of name: String) -> String? {
        var lower = name.lowercased()
        if lower.hasSuffix(".gz") { lower.removeLast(3) }
        guard let dot = lower.lastIndex(of: "."), dot != lower.startIndex else { return nil }
        let ext = String(lower[lower.index(after: dot)...])
        return articleExtensions.contains(ext) ? ext : nil
    }

    /// The output stems of the article files of one folder (names without extension), keeping
    /// the whole name for those that would otherwise collide. At the top of the output folder
    /// `index` is taken by the index page, so an article named `index` keeps its whole name too.
    static func stems(for names: [String], atRoot: Bool = false) -> [String] {
        let bare = names.map(stem(of:))
        var counts: [String: Int] = [:]
        for stem in bare { counts[stem.lowercased(), default: 0] += 1 }
        return zip(names, bare).map { name, stem in
            let reserved = atRoot && stem.lowercased() == "index"
            return counts[stem.lowercased(), default: 0] > 1 || reserved ? name : stem
        }
    }

    /// The name without `.gz` and without its article extension.
    static func stem(of name: String) -> String {
        var stem = name
        if stem.lowercased().hasSuffix(".gz") { stem.removeLast(3) }
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = String(stem[..<dot]) }
        return stem
    }

    /// The outputs of an article, relative to the output folder, one per format.
    public func relativeOutputs(stem: String) -> [String] {
        formats.map { stem + "." + Self.fileExtension(for: $0) }
    }

    /// A path inside the output folder.
    public func path(_ relative: String) -> String {
        root + "/" + relative
    }
}
