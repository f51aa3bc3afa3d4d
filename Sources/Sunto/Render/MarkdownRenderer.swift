/// Renders the brief as Markdown: a title, the Italian and English briefs, and the repairs made
/// to the text, each brief sentence tagged with the source sentence it came from.
public struct MarkdownRenderer: Renderer {
    /// Creates the renderer.
    public init() {}

    public func render(_ document: Document) -> String {
        var lines: [String] = []
        lines.append("# " + escape(BriefTitle.of(document)))
        lines.append("")
        var facts = ["`\(document.source.path)`", "\(document.sentences.count) sentences"]
        if let date = document.metadata.date { facts.append(date) }
        if let site = document.metadata.site { facts.append(escape(site)) }
        if !document.repairs.isEmpty { facts.append("\(document.repairs.count) repairs") }
        lines.append(facts.joined(separator: " · "))
        for (heading, sentences) in [("Italiano", document.brief.it), ("English", document.brief.en)] where !sentences.isEmpty {
            lines.append("")
            lines.append("## \(heading)")
            lines.append("")
            for sentence in sentences {
                lines.append("> \(escape(sentence.text)) <sub>[s\(sentence.sourceSentence)]</sub>")
                lines.append(">")
            }
            lines.removeLast()
        }
        if !document.repairs.isEmpty {
            lines.append("")
            lines.append("## Repairs")
            lines.append("")
            lines.append("| rule | before | after |")
            lines.append("|---|---|---|")
            for repair in document.repairs {
                lines.append("| \(repair.rule) | \(cell(repair.before)) | \(cell(repair.after)) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Escapes characters Markdown would read as markup.
    private func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    private func cell(_ text: String) -> String {
        "`" + text.replacing("`", with: "'").replacing("|", with: "\\|").replacing("\n", with: "⏎") + "`"
    }
}

/// The title shown for a brief: the article's title, or its first words.
enum BriefTitle {
    static func of(_ document: Document) -> String {
        if let title = document.metadata.title, !title.isEmpty { return title }
        let words = (document.sentences.first?.text ?? document.source.path).split(separator: " ")
        return words.prefix(10).joined(separator: " ") + (words.count > 10 ? " …" : "")
    }
}
