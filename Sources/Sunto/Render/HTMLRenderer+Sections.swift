/// The collapsible sections under the brief: glossary terms, repairs and the source article.
///
/// Each is a `<details>` element, so it opens and closes without any script.
extension HTMLRenderer {
    func writeTerms(_ document: Document, into html: inout HTMLBuilder) {
        guard !document.terms.isEmpty else { return }
        panel(id: "terms", title: "Glossary terms", hint: "\(document.terms.count) found in the article", into: &html) { html in
            html.element("table", [("class", "list"), ("aria-labelledby", "terms-title")]) { html in
                header(["Italiano", "English", "Glossary", "Times", "Note"], into: &html)
                html.element("tbody") { html in
                    for (index, term) in document.terms.enumerated() {
                        html.element("tr", [("id", Self.termID(index))]) { html in
                            html.element("th", [("scope", "row"), ("lang", "it")], text: term.it)
                            html.element("td", [("data-label", "English"), ("lang", "en")], text: term.englishForms)
                            html.element("td", [("data-label", "Glossary")], text: term.glossary)
                            html.element("td", [("data-label", "Times"), ("class", "num")], text: String(term.occurrences.count))
                            html.element("td", [("data-label", "Note")], text: term.note)
                        }
                    }
                }
            }
        }
    }

    func writeRepairs(_ document: Document, into html: inout HTMLBuilder) {
        guard !document.repairs.isEmpty else { return }
        let hint = "\(document.repairs.count) changes made to the text before it was read"
        panel(id: "repairs", title: "Repairs", hint: hint, into: &html) { html in
            html.element("table", [("class", "list"), ("aria-labelledby", "repairs-title")]) { html in
                header(["Rule", "Before", "After", "Sentence"], into: &html)
                html.element("tbody") { html in
                    for repair in document.repairs {
                        html.element("tr") { html in
                            html.element("th", [("scope", "row")], text: repair.rule)
                            html.element("td", [("data-label", "Before")]) { $0.element("code", [("lang", "it")], text: Self.visible(repair.before)) }
                            html.element("td", [("data-label", "After")]) { $0.element("code", [("lang", "it")], text: Self.visible(repair.after)) }
                            html.element("td", [("data-label", "Sentence")]) { html in
                                if let sentence = document.sentences.last(where: { $0.start <= repair.offset }) {
                                    html.element("a", [("href", "#s\(sentence.id)")], text: "s\(sentence.id)")
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The whole normalized article, paragraph by paragraph, each sentence with its id and score;
    /// the sentences of the brief are highlighted.
    func writeSource(_ document: Document, into html: inout HTMLBuilder) {
        guard !document.sentences.isEmpty else { return }
        let chosen = Set(document.brief.it.map(\.sourceSentence) + document.selection)
        let hint = "\(document.sentences.count) sentences with their scores; the \(chosen.count) in the brief are highlighted"
        let spans = SentenceSpans(document: document)
        panel(id: "source", title: "Source article", hint: hint, into: &html) { html in
            html.element("div", [("class", "source"), ("lang", "it")]) { html in
                for paragraph in Self.paragraphs(document.sentences) {
                    html.element("p") { html in
                        for (position, sentence) in paragraph.enumerated() {
                            if position > 0 { html.text(" ") }
                            let isChosen = chosen.contains(sentence.id)
                            let attributes = [("class", isChosen ? "chosen" : "sentence"), ("id", "s\(sentence.id)")]
                            html.element(isChosen ? "mark" : "span", attributes) { html in
                                writeMarked(sentence.text, spans.repairSpans(in: sentence), of: document, into: &html)
                                writePill(sentence.id, document: document, chosen: isChosen, into: &html)
                            }
                        }
                    }
                }
            }
        }
    }

    /// The small label after a source sentence: its id, its score, and whether it is in the brief.
    private func writePill(_ id: Int, document: Document, chosen: Bool, into html: inout HTMLBuilder) {
        var label = "s\(id)"
        if document.scores.indices.contains(id) { label += " · " + JSONWriter.fixed(document.scores[id].total) }
        if chosen { label += " · ✓ brief" }
        html.text(" ")
        html.element("span", [("class", "pill"), ("lang", "en")], text: label)
    }

    /// Sentences grouped into runs of the same paragraph.
    static func paragraphs(_ sentences: [Sentence]) -> [[Sentence]] {
        var groups: [[Sentence]] = []
        for sentence in sentences {
            if let last = groups.last?.last, last.paragraph == sentence.paragraph {
                groups[groups.count - 1].append(sentence)
            } else {
                groups.append([sentence])
            }
        }
        return groups
    }

    /// A section whose body opens and closes: its `<summary>` holds the heading and a hint.
    private func panel(
        id: String, title: String, hint: String, into html: inout HTMLBuilder, _ body: (inout HTMLBuilder) -> Void
    ) {
        html.element("section", [("aria-labelledby", "\(id)-title")]) { html in
            html.element("details", [("class", "panel"), ("id", id)]) { html in
                html.element("summary") { html in
                    html.element("h2", [("id", "\(id)-title")], text: title)
                    html.element("span", [("class", "hint")], text: hint)
                }
                html.element("div", [("class", "panel-body")]) { body(&$0) }
            }
        }
    }

    private func header(_ names: [String], into html: inout HTMLBuilder) {
        html.element("thead") { html in
            html.element("tr") { html in
                for name in names { html.element("th", [("scope", "col")], text: name) }
            }
        }
    }
}
