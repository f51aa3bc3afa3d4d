/// Renders the brief as Markdown that reads well in a terminal and renders well on GitHub and
/// GitLab: the title, a one-row table of metadata, the Italian and English briefs as block
/// quotes (glossary terms in bold, each sentence tagged with the source sentence it came from),
/// then tables of the glossary terms in the brief and of the repairs made to the text.
public struct MarkdownRenderer: Renderer {
    /// Creates the renderer.
    public init() {}

    public func render(_ document: Document) -> String {
        var lines: [String] = []
        lines.append("# " + escape(BriefTitle.of(document)))
        lines.append("")
        let facts = BriefFacts.of(document)
        lines += table(facts.map(\.name), [facts.map { $0.name == "Source" ? code($0.value) : escape($0.value) }])
        let spans = SentenceSpans(document: document)
        let briefs: [(String, [BriefSentence], (BriefSentence) -> [SentenceSpans.Span])] = [
            ("Italiano", document.brief.it, { spans.italian($0.text, source: $0.sourceSentence, repairs: false) }),
            ("English", document.brief.en, { spans.english($0.text, source: $0.sourceSentence) }),
        ]
        for (heading, sentences, termSpans) in briefs where !sentences.isEmpty {
            lines += ["", "## \(heading)", ""]
            for sentence in sentences {
                lines.append("> \(emphasized(sentence.text, termSpans(sentence))) <sub>[s\(sentence.sourceSentence)]</sub>")
                lines.append(">")
            }
            lines.removeLast()
        }
        let terms = BriefFacts.termsInBrief(document)
        if !terms.isEmpty {
            lines += ["", "## Glossary terms in the brief", ""]
            let withNotes = terms.contains { !$0.note.isEmpty }
            lines += table(["Italiano", "English", "Glossary", "In the article"] + (withNotes ? ["Note"] : []), terms.map { term in
                let cells = [term.it, term.englishForms, term.glossary, "\(term.occurrences.count)×"] + (withNotes ? [term.note] : [])
                return cells.map(escape)
            })
        }
        if !document.repairs.isEmpty {
            lines += ["", "## Repairs", ""]
            lines += table(["Rule", "Before", "After"], document.repairs.map { [escape($0.rule), code($0.before), code($0.after)] })
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The sentence with its glossary terms in bold.
    private func emphasized(_ text: String, _ spans: [SentenceSpans.Span]) -> String {
        let pieces = SentenceSpans.pieces(of: text, spans)
        var result = ""
        for (index, piece) in pieces.enumerated() {
            let escaped = escape(piece.text)
            result += piece.span == nil ? (index == 0 ? escapeLineStart(escaped) : escaped) : "**\(escaped)**"
        }
        return result
    }

    /// A table: the header, the delimiter row, and a line per row of already escaped cells.
    private func table(_ header: [String], _ rows: [[String]]) -> [String] {
        ([header, header.map { _ in "---" }] + rows).map { "| " + $0.joined(separator: " | ") + " |" }
    }

    /// Escapes characters Markdown would read as markup; a line break becomes a space, as one
    /// would end the block quote or table row. Works on the UTF-8 bytes: every markup character
    /// is ASCII, and a set of `Character`s tested character by character cost thousands of
    /// instructions per character of the brief.
    private func escape(_ text: String) -> String {
        let source = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(source.count + 8)
        var index = 0
        while index < source.count {
            let byte = source[index]
            let next = index + 1 < source.count ? source[index + 1] : 0
            switch byte {
            case 0x0D:
                // CR LF is one line break.
                result.append(0x20)
                index += next == 0x0A ? 2 : 1
                continue
            case 0x0A, 0x0B, 0x0C:
                result.append(0x20)
            case 0xC2 where next == 0x85:
                // U+0085 NEXT LINE.
                result.append(0x20)
                index += 2
                continue
            case 0xE2 where next == 0x80 && index + 2 < source.count && (source[index + 2] == 0xA8 || source[index + 2] == 0xA9):
                // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR.
                result.append(0x20)
                index += 3
                continue
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "|"), UInt8(ascii: "&"), UInt8(ascii: "~"):
                result.append(UInt8(ascii: "\\"))
                result.append(byte)
            default:
                result.append(byte)
            }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Escapes a list marker at the start of a quoted line ("- ", "+ ", "1. "), which Markdown
    /// would otherwise turn into a list.
    private func escapeLineStart(_ text: String) -> String {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let rest = text.dropFirst(digits.count)
        if digits.isEmpty, let first = text.first, "-+".contains(first), text.dropFirst().first == " " {
            return "\\" + text
        }
        if !digits.isEmpty, let marker = rest.first, ".)".contains(marker), rest.dropFirst().first == " " {
            return digits + "\\" + rest
        }
        return text
    }

    private func code(_ text: String) -> String {
        "`" + text.replacing("`", with: "'").replacing("|", with: "\\|").replacing("\n", with: "⏎") + "`"
    }
}
