/// Renders the brief as plain text wrapped at 80 columns.
public struct TextRenderer: Renderer {
    /// The line width.
    public var width: Int

    /// Creates the renderer.
    public init(width: Int = 80) {
        self.width = width
    }

    public func render(_ document: Document) -> String {
        var lines = wrap(BriefTitle.of(document), indent: "")
        lines.append(String(repeating: "=", count: min(width, lines.map(\.count).max() ?? 0)))
        for (heading, sentences) in [("ITALIANO", document.brief.it), ("ENGLISH", document.brief.en)] where !sentences.isEmpty {
            lines.append("")
            lines.append(heading)
            for sentence in sentences {
                var wrapped = wrap(sentence.text, indent: "  ")
                if !wrapped.isEmpty { wrapped[0] = "-" + wrapped[0].dropFirst() }
                lines.append(contentsOf: wrapped)
            }
        }
        if !document.repairs.isEmpty {
            lines.append("")
            lines.append("\(document.repairs.count) repairs (see --format json)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Greedy word wrap; a word longer than the width gets a line of its own.
    func wrap(_ text: String, indent: String) -> [String] {
        var lines: [String] = []
        var line = indent
        for word in text.split(whereSeparator: \.isWhitespace) {
            if line.count > indent.count, line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
            }
            line += (line.count > indent.count ? " " : "") + word
        }
        if line.count > indent.count { lines.append(line) }
        return lines
    }
}
