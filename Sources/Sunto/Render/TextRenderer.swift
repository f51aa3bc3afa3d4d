/// Renders the brief as plain text that fits 80 columns: the title, the article's facts, the
/// Italian and English briefs, and the glossary terms they use.
///
/// Every line is at most ``width`` characters: text is wrapped at spaces, and a word longer
/// than a line (a URL, a long path) is cut across lines.
public struct TextRenderer: Renderer {
    /// The line width.
    public var width: Int

    /// Creates the renderer.
    public init(width: Int = 80) {
        self.width = max(width, 20)
    }

    public func render(_ document: Document) -> String {
        var lines = wrap(BriefTitle.of(document), indent: "")
        lines.append(String(repeating: "=", count: min(width, lines.map(\.count).max() ?? 0)))
        let facts = BriefFacts.of(document).map { "\($0.name): \($0.value)" }
        lines += wrap(units: facts.indices.map { facts[$0] + ($0 < facts.count - 1 ? " ·" : "") }, indent: "")
        for (heading, sentences) in [("ITALIANO", document.brief.it), ("ENGLISH", document.brief.en)] where !sentences.isEmpty {
            lines.append("")
            lines.append(heading)
            for sentence in sentences {
                lines += bullet(sentence.text)
            }
        }
        let terms = BriefFacts.termsInBrief(document)
        if !terms.isEmpty {
            lines.append("")
            lines.append("GLOSSARY TERMS IN THE BRIEF")
            for term in terms {
                lines += bullet("\(term.it) → \(term.en) (\(term.glossary), \(term.occurrences.count)×)")
            }
        }
        if !document.repairs.isEmpty {
            lines.append("")
            lines += wrap("\(document.repairs.count) repairs (see --format json)", indent: "")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A list item: "- " and the text, wrapped, continued under the text.
    private func bullet(_ text: String) -> [String] {
        var wrapped = wrap(text, indent: "  ")
        if !wrapped.isEmpty { wrapped[0] = "-" + wrapped[0].dropFirst() }
        return wrapped
    }

    /// Greedy word wrap; a word longer than a line is cut into pieces that fit.
    func wrap(_ text: String, indent: String) -> [String] {
        wrap(units: text.split(whereSeparator: \.isWhitespace).map(String.init), indent: indent)
    }

    /// Greedy wrap of units that are kept whole on a line when they fit (words, or "Name: value"
    /// facts); a unit longer than a line is cut into pieces that fit.
    func wrap(units: [String], indent: String) -> [String] {
        let room = width - indent.count
        var lines: [String] = []
        var line = indent
        for unit in units {
            var word = Substring(unit)
            if line.count > indent.count, line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
            }
            while word.count > room {
                if line.count > indent.count {
                    lines.append(line)
                    line = indent
                }
                lines.append(indent + word.prefix(room))
                word = word.dropFirst(room)
            }
            if word.isEmpty { continue }
            line += (line.count > indent.count ? " " : "") + word
        }
        if line.count > indent.count { lines.append(line) }
        return lines
    }
}
