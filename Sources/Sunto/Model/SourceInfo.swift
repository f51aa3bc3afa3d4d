/// Where an article came from: its path, its format and a digest of its bytes.
public struct SourceInfo: Sendable, Equatable, Codable {
    /// The input format as read.
    public enum Format: String, Sendable, Codable, CaseIterable {
        /// Plain text (also Markdown).
        case text
        /// An HTML page.
        case html
    }

    /// The path as given by the user, or `-` for standard input.
    public var path: String
    /// The format the input was read as.
    public var format: Format
    /// Lower-case hex SHA-256 of the raw input bytes; set by the decode stage.
    public var sha256: String
    /// The text encoding the bytes were decoded from (e.g. `UTF-8`, `windows-1252`).
    public var encoding: String

    /// Creates a source description.
    public init(path: String, format: Format = .text, sha256: String = "", encoding: String = "") {
        self.path = path
        self.format = format
        self.sha256 = sha256
        self.encoding = encoding
    }
}
