/// Limits on the glossary files sunto loads, so that a hostile or mistaken file (a whole
/// dictionary, a log file) gives a clear error instead of exhausting memory or time.
///
/// Pipeline files set them on the `glossary` stage as `max-file-bytes` and `max-entries`; they
/// apply to the pipeline's files and to `--glossary` files, not to the built-in glossaries.
public struct GlossaryLimits: Sendable, Equatable {
    /// The default file size limit: 16 MiB, about 50 times the built-in glossaries together.
    public static let defaultMaxBytes = 16 << 20
    /// The default entry limit: 100,000 entries, about 50 times the built-in glossaries together.
    public static let defaultMaxEntries = 100_000

    /// The largest glossary file accepted, in bytes.
    public var maxBytes: Int
    /// The most entries one glossary file may hold.
    public var maxEntries: Int

    /// Creates limits; values below 1 count as 1.
    public init(maxBytes: Int = GlossaryLimits.defaultMaxBytes, maxEntries: Int = GlossaryLimits.defaultMaxEntries) {
        self.maxBytes = max(1, maxBytes)
        self.maxEntries = max(1, maxEntries)
    }

    /// Reads `max-file-bytes` and `max-entries` from the `glossary` stage's options.
    init(options: inout StageOptions) throws(SuntoError) {
        self.init(
            maxBytes: try options.int("max-file-bytes", default: Self.defaultMaxBytes, in: 1...(1 << 31)),
            maxEntries: try options.int("max-entries", default: Self.defaultMaxEntries, in: 1...10_000_000)
        )
    }
}
