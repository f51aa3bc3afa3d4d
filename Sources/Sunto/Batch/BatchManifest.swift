import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a batch has already done: for each input briefed, the digest of its bytes and the
/// ``PipelineFingerprint`` its outputs were made with, kept in `OUT/manifest.jsonl`.
///
/// The file is JSON Lines, appended to as outputs are written (so an interrupted run keeps what
/// it finished) and read at the start of the next run; the last line for a path wins. In memory
/// only two 128-bit digests per input are kept, so a manifest of 100,000 inputs costs a few
/// megabytes.
public struct BatchManifest: Sendable {
    /// One line of the manifest.
    public struct Entry: Codable, Sendable, Equatable {
        /// The input, relative to the input folder.
        public var path: String
        /// SHA-256 of the article's bytes (after gzip inflation), as in the brief's `source.sha256`.
        public var sha256: String
        /// The fingerprint of the pipeline, settings, glossaries and formats.
        public var fingerprint: String
        /// The outputs written, relative to the output folder.
        public var outputs: [String]
        /// What the index page shows of the brief, kept when HTML is among the formats so that
        /// the page lists briefs of earlier runs too.
        var index: ManifestIndexRow?

        /// Creates an entry.
        public init(path: String, sha256: String, fingerprint: String, outputs: [String]) {
            self.init(path: path, sha256: sha256, fingerprint: fingerprint, outputs: outputs, index: nil)
        }

        init(path: String, sha256: String, fingerprint: String, outputs: [String], index: ManifestIndexRow?) {
            self.path = path
            self.sha256 = sha256
            self.fingerprint = fingerprint
            self.outputs = outputs
            self.index = index
        }

        /// The entry as one line of JSON, with its newline.
        public var jsonLine: String {
            var json = JSONWriter(pretty: false)
            json.object { json in
                json.field("path", path)
                json.field("sha256", sha256)
                json.field("fingerprint", fingerprint)
                json.key("outputs")
                json.array { json in
                    for output in outputs { json.string(output) }
                }
                if let index {
                    json.key("index")
                    index.write(into: &json)
                }
            }
            return json.line
        }
    }

    private struct State: Sendable {
        var digest: Digest128
        var line: Int
    }

    private var states: [Digest128: State] = [:]
    /// Lines read, well-formed or not.
    public private(set) var lineCount = 0

    /// An empty manifest.
    public init() {}

    /// Reads the manifest at `path`; a missing file is an empty manifest and malformed lines
    /// (the last line of a run that was killed) are ignored.
    ///
    /// - Throws: ``SuntoError/unreadable(path:reason:)`` when the file exists but cannot be read.
    public static func load(from path: String) throws(SuntoError) -> BatchManifest {
        var manifest = BatchManifest()
        let decoder = JSONDecoder()
        try forEachLine(of: path) { number, line in
            manifest.lineCount = number + 1
            guard let entry = Self.entry(from: line, decoder: decoder) else { return }
            manifest.record(entry, line: number)
        }
        return manifest
    }

    /// The number of inputs recorded.
    public var count: Int { states.count }

    /// Whether the manifest holds stale lines worth dropping (see ``compact(at:)``).
    public var isWorthCompacting: Bool { lineCount > 2 * states.count + 1000 }

    /// Whether `path`'s outputs were made from these bytes with this fingerprint.
    public func isUpToDate(path: String, sha256: String, fingerprint: String) -> Bool {
        states[Digest128(of: path)]?.digest == Self.state(sha256: sha256, fingerprint: fingerprint)
    }

    /// Records an entry, as a later line of the file would.
    public mutating func record(_ entry: Entry) {
        record(entry, line: lineCount)
        lineCount += 1
    }

    /// Rewrites the file at `path` keeping only the last line of each input.
    ///
    /// - Throws: ``SuntoError/cannotWrite(path:reason:)`` or ``SuntoError/unreadable(path:reason:)``.
    public func compact(at path: String) throws(SuntoError) {
        let writer = try AtomicFileWriter(path: path)
        var failure: SuntoError?
        let decoder = JSONDecoder()
        try Self.forEachLine(of: path) { number, line in
            guard failure == nil, let entry = Self.entry(from: line, decoder: decoder), states[Digest128(of: entry.path)]?.line == number else { return }
            do throws(SuntoError) { try writer.append(entry.jsonLine) } catch { failure = error }
        }
        if let failure { throw failure }
        try writer.commit()
    }

    /// The index rows of the file at `path` made with `fingerprint`, the last one of each
    /// input, sorted by page. Only for the index page: it holds every row in memory.
    ///
    /// - Throws: ``SuntoError/unreadable(path:reason:)``.
    static func indexRows(at path: String, fingerprint: String) throws(SuntoError) -> [ManifestIndexRow] {
        var latest: [String: Entry] = [:]
        let decoder = JSONDecoder()
        try forEachLine(of: path) { _, line in
            guard let entry = Self.entry(from: line, decoder: decoder) else { return }
            latest[entry.path] = entry
        }
        return latest.values
            .filter { $0.fingerprint == fingerprint }
            .compactMap(\.index)
            .sorted { $0.page.utf8.lexicographicallyPrecedes($1.page.utf8) }
    }

    private mutating func record(_ entry: Entry, line: Int) {
        states[Digest128(of: entry.path)] = State(digest: Self.state(sha256: entry.sha256, fingerprint: entry.fingerprint), line: line)
    }

    private static func state(sha256: String, fingerprint: String) -> Digest128 {
        Digest128(of: sha256 + " " + fingerprint)
    }

    private static func entry(from line: [UInt8], decoder: JSONDecoder) -> Entry? {
        try? decoder.decode(Entry.self, from: Data(line))
    }

    private static func forEachLine(of path: String, _ body: (Int, [UInt8]) -> Void) throws(SuntoError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return }
            throw .unreadable(path: path, reason: Errno(errno).description)
        }
        defer { close(descriptor) }
        var reader = LineReader(descriptor: descriptor, maxLineBytes: 1 << 20)
        var number = 0
        do {
            while let line = try reader.next() {
                if case .text(let bytes) = line, !bytes.isEmpty { body(number, bytes) }
                number += 1
            }
        } catch {
            throw .unreadable(path: path, reason: error.description)
        }
    }
}
