/// Writes HTML element by element, so every tag is closed where it was opened and every piece
/// of text is escaped on the way in.
///
/// Attributes with a `nil` value are left out; text goes through ``HTMLEscaping``. The output is
/// also well-formed XML (void elements end in ` />`), which lets tests and `scripts/validate-html`
/// check the nesting with an XML parser. Block elements end their line, so the page source reads
/// well and diffs well; the same calls always give the same bytes.
struct HTMLBuilder {
    /// One attribute: a name and its value, or `nil` to leave it out.
    typealias Attribute = (name: String, value: String?)

    private(set) var output = ""

    /// Elements after whose start tag a line break is written (they hold other blocks).
    private static let containers: Set<String> = [
        "html", "head", "body", "header", "main", "article", "section", "footer", "nav", "table",
        "thead", "tbody", "ol", "ul", "dl", "details", "div",
    ]
    /// Elements after whose end tag a line break is written.
    private static let blocks: Set<String> = containers.union([
        "title", "style", "script", "h1", "h2", "h3", "p", "li", "tr", "dt", "dd", "summary", "caption", "label",
    ])

    /// Writes an element; `body` writes its content.
    mutating func element(_ name: String, _ attributes: [Attribute] = [], _ body: (inout HTMLBuilder) -> Void) {
        output += "<" + name + Self.attributes(attributes) + ">"
        if Self.containers.contains(name) { output += "\n" }
        body(&self)
        output += "</" + name + ">"
        if Self.blocks.contains(name) { output += "\n" }
    }

    /// Writes an element whose content is one piece of text.
    mutating func element(_ name: String, _ attributes: [Attribute] = [], text: String) {
        element(name, attributes) { $0.text(text) }
    }

    /// Writes a void element such as `meta` or `input`.
    mutating func void(_ name: String, _ attributes: [Attribute]) {
        output += "<" + name + Self.attributes(attributes) + " />\n"
    }

    /// Writes text from the input, escaped.
    mutating func text(_ text: String) {
        output += HTMLEscaping.escape(text)
    }

    /// Writes markup or code that is part of sunto itself (the style sheet, the script).
    ///
    /// Never pass anything that comes from an input here.
    mutating func trusted(_ markup: String) {
        output += markup
    }

    /// Writes the `<!DOCTYPE html>` line.
    mutating func doctype() {
        output += "<!DOCTYPE html>\n"
    }

    private static func attributes(_ attributes: [Attribute]) -> String {
        var result = ""
        for attribute in attributes {
            guard let value = attribute.value else { continue }
            result += " " + attribute.name + "=\"" + HTMLEscaping.escape(value) + "\""
        }
        return result
    }
}
