/// The article found in a web page: its text as blocks, its metadata, how the page was read.
public struct ExtractedArticle: Sendable, Equatable {
    /// The article's paragraphs, headings, list items and quotations, in order.
    public var blocks: [TextBlock]
    /// Title, byline, date, site, URL, language and description, as far as the page gives them.
    public var metadata: Metadata
    /// The encoding the page was read in (`UTF-8`, `windows-1252`, …).
    public var encoding: String
    /// Notes about the reading: a wrong charset declaration, a truncated tree, a fallback.
    public var warnings: [String]

    /// Creates an article.
    public init(blocks: [TextBlock], metadata: Metadata, encoding: String, warnings: [String] = []) {
        self.blocks = blocks
        self.metadata = metadata
        self.encoding = encoding
        self.warnings = warnings
    }

    /// The text: one paragraph per block, paragraphs separated by a blank line.
    public var text: String {
        blocks.map(\.text).joined(separator: "\n\n")
    }
}
