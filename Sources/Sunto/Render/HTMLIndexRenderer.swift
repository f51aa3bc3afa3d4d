/// Renders the `index.html` of a batch: every article of the folder in one table — title,
/// date, source, the first brief sentence in Italian and in English, the number of glossary
/// terms and any failure — linking to each brief page.
///
/// The table sorts by a column (buttons in the column headers, reachable by keyboard, state in
/// `aria-sort`) and filters as you type, with a small inline script and no library; without
/// script it is still the full table. Like the brief page it is self-contained, follows the
/// light or dark setting, turns rows into cards on a phone, and lets nothing but its own style
/// sheet and script run. Entries appear in the order given; the same entries give the same bytes.
public struct HTMLIndexRenderer: Sendable {
    /// The page heading.
    public var title: String

    /// Creates the renderer.
    ///
    /// - Parameter title: the page heading, e.g. the folder's name.
    public init(title: String = "Briefs") {
        self.title = title
    }

    /// Renders the index page of `entries`, in the order given.
    public func render(_ entries: [BatchIndexEntry]) -> String {
        let page = HTMLPage(title: title + " · sunto", style: HTMLIndexStyle.sheet, script: HTMLIndexScript.source)
        return page.render { html in
            html.skipLink(to: "main", "Skip to the list")
            html.element("div", [("class", "page")]) { html in
                html.topBar("sunto · briefs of a folder", link: nil)
                html.element("main", [("id", "main")]) { html in
                    html.element("h1", text: title)
                    html.element("p", [("class", "summary")], text: Self.summary(entries))
                    if entries.isEmpty {
                        html.element("p", text: "No article was briefed.")
                    } else {
                        writeControls(count: entries.count, into: &html)
                        writeTable(entries, into: &html)
                    }
                }
                html.footer(["Briefs are extractive: every sentence is a sentence of its article."])
            }
        }
    }

    /// "12 articles · 11 briefed · 1 failed".
    static func summary(_ entries: [BatchIndexEntry]) -> String {
        let failed = entries.filter { $0.failure != nil }.count
        var parts = [entries.count == 1 ? "1 article" : "\(entries.count) articles", "\(entries.count - failed) briefed"]
        if failed > 0 { parts.append("\(failed) failed") }
        return parts.joined(separator: " · ")
    }

    /// The filter box and the live count; hidden until the script shows them, since they do
    /// nothing without it.
    private func writeControls(count: Int, into html: inout HTMLBuilder) {
        html.element("div", [("class", "controls"), ("id", "controls"), ("hidden", "")]) { html in
            html.element("label", [("for", "filter")], text: "Filter")
            html.void("input", [
                ("type", "search"), ("id", "filter"), ("placeholder", "words from titles, sentences, sources…"),
                ("autocomplete", "off"), ("spellcheck", "false"), ("aria-describedby", "count"),
            ])
            html.element("p", [("id", "count"), ("role", "status")], text: Self.countLabel(count))
        }
    }

    /// "1 brief" or "N briefs" (the script writes "K of N briefs" while filtering).
    static func countLabel(_ count: Int) -> String {
        count == 1 ? "1 brief" : "\(count) briefs"
    }

    private func writeTable(_ entries: [BatchIndexEntry], into html: inout HTMLBuilder) {
        html.element("table", [("class", "index"), ("id", "briefs"), ("aria-describedby", "sort-help")]) { html in
            html.element("caption", [("class", "visually-hidden")], text: title)
            html.element("thead") { html in
                html.element("tr") { html in
                    for column in Column.allCases { writeHeader(column, into: &html) }
                }
            }
            html.element("tbody") { html in
                for entry in entries { writeRow(entry, into: &html) }
            }
        }
        html.element("p", [("id", "sort-help"), ("class", "visually-hidden")], text: "Column headers with a button sort the table.")
    }

    private func writeHeader(_ column: Column, into html: inout HTMLBuilder) {
        guard let sort = column.sort else {
            html.element("th", [("scope", "col"), ("class", "nosort"), ("lang", column.language)], text: column.rawValue)
            return
        }
        html.element("th", [("scope", "col"), ("class", column == .terms ? "num" : nil)]) { html in
            html.element("button", [("type", "button"), ("class", "sort"), ("data-sort", sort)]) { html in
                html.text(column.rawValue)
                html.element("span", [("class", "arrow"), ("aria-hidden", "true")], text: "")
            }
        }
    }

    private func writeRow(_ entry: BatchIndexEntry, into html: inout HTMLBuilder) {
        let dash = "—"
        html.element("tr", [("class", entry.failure == nil ? nil : "failed")]) { html in
            html.element("th", [("scope", "row"), ("lang", "it")]) { html in
                if let failure = entry.failure {
                    html.element("span", text: entry.title)
                    html.element("span", [("class", "reason"), ("lang", "en")], text: failure)
                } else {
                    html.element("a", [("href", HTMLEscaping.relativeURL(entry.path))], text: entry.title)
                }
            }
            html.element("td", [("class", Self.factClass(entry.date)), ("data-label", "Date"), ("data-value", entry.date ?? "")]) { html in
                if let date = entry.date { html.date(date) } else { html.text(dash) }
            }
            html.element("td", [("class", Self.factClass(entry.source)), ("data-label", "Source")], text: entry.source ?? dash)
            for (language, sentence) in [("it", entry.firstItalian), ("en", entry.firstEnglish)] {
                html.element("td", [("class", "lead"), ("lang", language)]) { html in
                    if let sentence { html.element("span", [("class", "clamp")], text: sentence) }
                }
            }
            let terms = entry.failure == nil ? String(entry.termCount) : dash
            html.element("td", [("class", "num fact"), ("data-label", "Terms"), ("data-value", entry.failure == nil ? terms : "-1")], text: terms)
            html.element("td", [("class", "fact"), ("data-label", "Status")]) { html in
                if entry.failure != nil {
                    html.element("strong", [("class", "status-failed")], text: "Failed")
                } else {
                    html.text("OK")
                }
            }
        }
    }

    /// A fact cell's class; an unknown fact is marked so a phone's card can leave it out.
    private static func factClass(_ value: String?) -> String {
        value == nil ? "fact unknown" : "fact"
    }

    /// The columns of the table, in order.
    enum Column: String, CaseIterable {
        case title = "Title", date = "Date", source = "Source", italian = "Italiano", english = "English"
        case terms = "Terms", status = "Status"

        /// How the script compares the column (`text`, `number`), or `nil` when it does not sort.
        var sort: String? {
            switch self {
            case .title, .date, .source, .status: "text"
            case .terms: "number"
            case .italian, .english: nil
            }
        }

        /// The language of the column's heading.
        var language: String { self == .italian ? "it" : "en" }
    }
}
