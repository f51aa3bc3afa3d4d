/// Renders an ``ExtractedArticle`` for `sunto extract`: plain text, or JSON with a fixed key order.
public struct ExtractedArticleRenderer: Sendable {
    /// The output formats of `sunto extract`.
    public enum Format: String, Sendable, CaseIterable {
        /// The title, a line of facts, the URL, then the text.
        case text
        /// `version`, `source`, `metadata`, `text`, `blocks[]`, `warnings[]`; same input, same bytes.
        case json
    }

    /// The format to write.
    public var format: Format
    /// JSON only: indent (pretty) or write one line (JSON Lines).
    public var pretty: Bool

    /// Creates a renderer.
    public init(format: Format, pretty: Bool = true) {
        self.format = format
        self.pretty = pretty
    }

    /// Renders the article read from `source`, which only the JSON format reports (the text
    /// format does not work it out: its SHA-256 was a sixteenth of reading a page).
    public func render(_ article: ExtractedArticle, source: @autoclosure () -> SourceInfo) -> String {
        switch format {
        case .text: renderText(article)
        case .json: renderJSON(article, source: source())
        }
    }

    private func renderText(_ article: ExtractedArticle) -> String {
        let metadata = article.metadata
        var header: [String] = []
        if let title = metadata.title { header.append(title) }
        let facts = [metadata.byline, metadata.date, metadata.site].compactMap { $0 }
        if !facts.isEmpty { header.append(facts.joined(separator: " · ")) }
        if let url = metadata.url { header.append(url) }
        let head = header.isEmpty ? "" : header.joined(separator: "\n") + "\n\n"
        return head + article.text + "\n"
    }

    private func renderJSON(_ article: ExtractedArticle, source: SourceInfo) -> String {
        var json = JSONWriter(pretty: pretty)
        json.object { json in
            json.field("version", SuntoVersion.current)
            json.source(source, encoding: article.encoding)
            json.metadata(article.metadata)
            json.field("text", article.text)
            json.key("blocks")
            json.array { json in
                for block in article.blocks {
                    json.object { json in
                        json.field("kind", block.kind.rawValue)
                        json.field("text", block.text)
                    }
                }
            }
            json.key("warnings")
            json.array { json in
                for warning in article.warnings { json.string(warning) }
            }
        }
        return json.line
    }
}
