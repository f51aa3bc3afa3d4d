/// Small pieces both HTML pages write the same way.
extension HTMLBuilder {
    /// Writes a date; an ISO 8601 date also goes into `datetime`, so software can read it.
    mutating func date(_ text: String) {
        element("time", [("datetime", Self.isISODate(text) ? text : nil)], text: text)
    }

    /// Writes the link that lets a keyboard user jump over the page's top bar.
    mutating func skipLink(to target: String, _ label: String) {
        element("a", [("class", "skip"), ("href", "#" + target)], text: label)
    }

    /// Writes the page's top bar: what the page is, and an optional link to another page.
    mutating func topBar(_ label: String, link: (href: String, text: String)?) {
        element("header", [("class", "topbar")]) { html in
            html.element("p", text: label)
            if let link {
                html.element("nav", [("aria-label", "Briefs")]) { html in
                    html.element("a", [("href", HTMLEscaping.relativeURL(link.href))], text: link.text)
                }
            }
        }
    }

    /// Writes the footer every page ends with.
    mutating func footer(_ lines: [String]) {
        element("footer") { html in
            html.element("p", text: "Made with sunto \(SuntoVersion.current).")
            for line in lines { html.element("p", text: line) }
        }
    }

    /// Whether `text` is a date or date-time HTML's `datetime` accepts: `YYYY-MM-DD`, optionally
    /// followed by `T` and a time with an optional zone.
    static func isISODate(_ text: String) -> Bool {
        let scalars = Array(scalarsOf: text)
        guard scalars.count >= 10, scalars.count <= 35 else { return false }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9]
        guard digits.allSatisfy({ scalars[$0].properties.numericType == .decimal && scalars[$0].isASCII }),
            scalars[4] == "-", scalars[7] == "-"
        else { return false }
        let rest = scalars.dropFirst(10)
        return rest.isEmpty || (rest.first == "T" && rest.allSatisfy { $0.isASCII && "0123456789T:+-.Z".unicodeScalars.contains($0) })
    }
}
