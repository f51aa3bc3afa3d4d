/// Renders a brief as one self-contained HTML page for a person to read: the Italian and English
/// briefs side by side, sentence by sentence, under the article's metadata.
///
/// Glossary terms are highlighted in both languages with a note (glossary, entry, note) that
/// shows on hover, tap or keyboard focus; repaired stretches are underlined with their
/// before/after in a tooltip and listed in a collapsible table; a collapsible "Source article"
/// shows the whole normalized text with every sentence's score and the chosen ones highlighted.
///
/// The page needs nothing else: the style sheet is inline, there is no script, and a strict
/// Content-Security-Policy lets nothing load or run. It follows the reader's light or dark
/// setting, stacks the pairs on a phone, and prints cleanly. Everything from the input is
/// escaped. The same document always gives the same bytes.
public struct HTMLRenderer: Renderer {
    /// A relative link from the page to the batch index, shown in the top bar; `nil` for none.
    public var indexLink: String?

    /// Creates the renderer.
    ///
    /// - Parameter indexLink: a relative link to the folder's `index.html` (e.g. `../index.html`)
    ///   when the page is part of a batch; `nil` for a page on its own.
    public init(indexLink: String? = nil) {
        self.indexLink = indexLink
    }

    public func render(_ document: Document) -> String {
        let page = HTMLPage(title: BriefTitle.of(document) + " · sunto", style: HTMLReportStyle.brief)
        return page.render { html in
            html.skipLink(to: "brief", "Skip to the brief")
            html.element("div", [("class", "page")]) { html in
                html.topBar("sunto · bilingual brief", link: indexLink.map { ($0, "← All briefs") })
                html.element("main", [("id", "main")]) { html in
                    html.element("article") { html in
                        writeHeader(document, into: &html)
                        writeBrief(document, into: &html)
                        writeTerms(document, into: &html)
                        writeRepairs(document, into: &html)
                        writeSource(document, into: &html)
                    }
                }
                html.footer([
                    "An extractive brief: every sentence is a sentence of the article, chosen by its score. "
                        + "The English is machine translation; glossary terms follow the glossary.",
                    "Input SHA-256: \(document.source.sha256.isEmpty ? "not computed" : document.source.sha256)",
                ])
            }
        }
    }

    // MARK: - Header

    private func writeHeader(_ document: Document, into html: inout HTMLBuilder) {
        let metadata = document.metadata
        html.element("header") { html in
            html.element("h1", [("lang", "it")], text: BriefTitle.of(document))
            if let standfirst = metadata.description, !standfirst.isEmpty {
                html.element("p", [("class", "standfirst"), ("lang", "it")], text: standfirst)
            }
            html.element("dl", [("class", "meta")]) { html in
                fact("Source", into: &html) { $0.element("code", text: document.source.path) }
                if let site = metadata.site { fact("Site", into: &html) { $0.text(site) } }
                if let date = metadata.date { fact("Date", into: &html) { $0.date(date) } }
                if let byline = metadata.byline { fact("Author", into: &html) { $0.text(byline) } }
                if let url = metadata.url, HTMLEscaping.isWebURL(url) {
                    fact("Original", into: &html) { html in
                        html.element("a", [("href", url), ("rel", "noreferrer noopener")], text: Self.host(of: url))
                    }
                }
                let chosen = document.brief.it.count
                fact("Sentences", into: &html) { $0.text("\(document.sentences.count), \(chosen) in the brief") }
                fact("Glossary terms", into: &html) { $0.text(String(document.terms.count)) }
                if !document.repairs.isEmpty {
                    fact("Repairs", into: &html) { html in
                        html.element("a", [("href", "#repairs")], text: String(document.repairs.count))
                    }
                }
            }
            if !document.warnings.isEmpty {
                html.element("ul", [("class", "notes"), ("aria-label", "Notes")]) { html in
                    for warning in document.warnings { html.element("li", text: warning) }
                }
            }
        }
    }

    /// One name–value pair of the metadata list.
    private func fact(_ name: String, into html: inout HTMLBuilder, _ value: (inout HTMLBuilder) -> Void) {
        html.element("div") { html in
            html.element("dt", text: name)
            html.element("dd") { value(&$0) }
        }
    }

    /// The host of an http(s) URL, for a short link text.
    static func host(of url: String) -> String {
        guard let schemeEnd = url.firstOccurrence(of: "://") else { return url }
        let rest = url[schemeEnd.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return host.isEmpty ? url : String(host)
    }

    // MARK: - Brief

    private func writeBrief(_ document: Document, into html: inout HTMLBuilder) {
        let italian = document.brief.it
        let english = document.brief.en
        let spans = SentenceSpans(document: document)
        html.element("section", [("id", "brief"), ("aria-labelledby", "brief-title")]) { html in
            html.element("div", [("class", "section-head")]) { html in
                html.element("h2", [("id", "brief-title")], text: "Brief")
                html.element("p", [("class", "hint")], text: Self.briefHint(english: !english.isEmpty))
            }
            guard !italian.isEmpty || !english.isEmpty else {
                html.element("p", text: "No sentence was selected for the brief.")
                return
            }
            html.element("table", [("class", "pairs"), ("aria-labelledby", "brief-title")]) { html in
                html.element("thead") { html in
                    html.element("tr") { html in
                        html.element("th", [("scope", "col"), ("class", "ref")], text: "Sentence")
                        html.element("th", [("scope", "col"), ("lang", "it")], text: "Italiano")
                        if !english.isEmpty { html.element("th", [("scope", "col")], text: "English") }
                    }
                }
                html.element("tbody") { html in
                    for row in 0..<max(italian.count, english.count) {
                        let it = italian.indices.contains(row) ? italian[row] : nil
                        let en = english.indices.contains(row) ? english[row] : nil
                        html.element("tr", [("id", "pair-\(row + 1)")]) { html in
                            writeReference(it ?? en, into: &html)
                            writeCell(it, language: "it", into: &html) { sentence, html in
                                let marks = spans.italian(sentence.text, source: sentence.sourceSentence)
                                writeMarked(sentence.text, marks, of: document, into: &html)
                            }
                            if !english.isEmpty {
                                writeCell(en, language: "en", into: &html) { sentence, html in
                                    let marks = spans.english(sentence.text, source: sentence.sourceSentence)
                                    writeMarked(sentence.text, marks, of: document, into: &html)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static func briefHint(english: Bool) -> String {
        (english ? "Italian and English, sentence by sentence. " : "")
            + "Highlighted words are glossary terms: hover, tap or focus one for its entry. "
            + "Dotted underlines mark text sunto repaired."
    }

    /// The row header: which source sentence the pair comes from, and its score.
    private func writeReference(_ sentence: BriefSentence?, into html: inout HTMLBuilder) {
        html.element("th", [("scope", "row")]) { html in
            guard let sentence else { return }
            html.element("a", [("href", "#s\(sentence.sourceSentence)")]) { html in
                html.element("span", [("class", "visually-hidden")], text: "Source sentence ")
                html.text("s\(sentence.sourceSentence)")
            }
            html.element("span", [("class", "score")]) { html in
                html.element("span", [("class", "visually-hidden")], text: "score ")
                html.text(JSONWriter.fixed(sentence.score))
            }
        }
    }

    /// One language's cell of a pair; `content` writes the sentence with its marks.
    private func writeCell(
        _ sentence: BriefSentence?, language: String, into html: inout HTMLBuilder,
        _ content: (BriefSentence, inout HTMLBuilder) -> Void
    ) {
        html.element("td", [("lang", language)]) { html in
            guard let sentence else { return }
            html.element("span", [("class", "lang-tag"), ("aria-hidden", "true")], text: language.uppercased())
            content(sentence, &html)
        }
    }
}
