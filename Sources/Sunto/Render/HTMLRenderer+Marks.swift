/// The marks inside a sentence: glossary terms with their note, repaired stretches with their
/// before and after.
extension HTMLRenderer {
    /// Writes `text` with each span wrapped in its mark.
    ///
    /// A term becomes a focusable `<mark>` whose note shows on hover, tap or focus (from
    /// `data-note`, by CSS) and which is described by its row in the glossary table; a repair
    /// becomes an `<ins>` whose title gives the rule and the text before and after.
    func writeMarked(_ text: String, _ spans: [SentenceSpans.Span], of document: Document, into html: inout HTMLBuilder) {
        for piece in SentenceSpans.pieces(of: text, spans) {
            switch piece.span?.kind {
            case .term(let index)?:
                html.element(
                    "mark",
                    [
                        ("class", "term"), ("tabindex", "0"), ("data-note", Self.note(for: document.terms[index])),
                        ("aria-describedby", Self.termID(index)),
                    ],
                    text: piece.text
                )
            case .repair(let index)?:
                html.element("ins", [("class", "repair"), ("title", Self.note(for: document.repairs[index]))], text: piece.text)
            case nil:
                html.text(piece.text)
            }
        }
    }

    /// The note shown on a term, a line each: the glossary entry, its glossary, its note.
    static func note(for term: TermUse) -> String {
        var lines = ["\(term.it) → \(term.englishForms)", "Glossary: \(term.glossary)"]
        if !term.note.isEmpty { lines.append("Note: \(term.note)") }
        return lines.joined(separator: "\n")
    }

    /// The note shown on a repaired stretch.
    static func note(for repair: Repair) -> String {
        "Repaired (\(repair.rule)): “\(visible(repair.before))” → “\(visible(repair.after))”"
    }

    /// Line breaks and tabs made visible, so a before/after that differ only there still differ.
    static func visible(_ text: String) -> String {
        text.replacing("\n", with: "⏎").replacing("\t", with: "⇥")
    }

    /// The id of a term's row in the glossary table.
    static func termID(_ index: Int) -> String {
        "term-\(index + 1)"
    }
}
