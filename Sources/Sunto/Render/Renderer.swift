/// Turns a finished document into the text of one output format.
public protocol Renderer: Sendable {
    /// Renders one document.
    func render(_ document: Document) -> String
    /// Renders one document as UTF-8 bytes, the way it is written to a file or a pipe.
    func renderUTF8(_ document: Document) -> [UInt8]
}

extension Renderer {
    public func renderUTF8(_ document: Document) -> [UInt8] {
        Array(render(document).utf8)
    }
}

/// The output formats.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Markdown, the default: readable in a terminal and on GitHub/GitLab.
    case md
    /// JSON, the machine contract (see the README).
    case json
    /// Plain text that fits 80 columns.
    case text
    /// A self-contained HTML page: the two briefs side by side, for reading in a browser.
    case html

    /// The renderer for this format.
    public var renderer: any Renderer {
        switch self {
        case .md: MarkdownRenderer()
        case .json: JSONRenderer()
        case .text: TextRenderer()
        case .html: HTMLRenderer()
        }
    }
}

/// The library version written into every JSON brief.
public enum SuntoVersion {
    /// Semantic version of the library and the JSON contract.
    public static let current = "0.1.0"
}
