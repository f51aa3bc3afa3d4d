import Crypto
import Foundation

/// A complete, self-contained HTML page: the document head with its inline style sheet and
/// optional script, and a strict Content-Security-Policy that allows exactly those two.
///
/// The policy names the SHA-256 hashes of sunto's own style sheet and script and nothing else
/// (`default-src 'none'`): the page loads nothing from the network, and no script that an article
/// might smuggle in — an injected `<script>`, an `onerror` attribute, a `javascript:` link — can
/// run, even if escaping were ever to fail.
struct HTMLPage {
    /// The page title (from input; escaped).
    var title: String
    /// The language of the page's own words (headings, labels).
    var language = "en"
    /// The style sheet, written inline.
    var style: String
    /// The script, written inline at the end of the body; `nil` for a page without one.
    var script: String?

    /// Renders the page; `body` writes the content of `<body>`.
    func render(_ body: (inout HTMLBuilder) -> Void) -> String {
        var html = HTMLBuilder()
        html.doctype()
        html.element("html", [("lang", language)]) { html in
            html.element("head") { html in
                html.void("meta", [("charset", "utf-8")])
                html.void("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
                html.void("meta", [("http-equiv", "Content-Security-Policy"), ("content", contentSecurityPolicy)])
                html.void("meta", [("name", "referrer"), ("content", "no-referrer")])
                html.void("meta", [("name", "color-scheme"), ("content", "light dark")])
                html.void("meta", [("name", "generator"), ("content", "sunto \(SuntoVersion.current)")])
                html.element("title", text: title)
                html.element("style") { $0.trusted(style) }
            }
            html.element("body") { html in
                body(&html)
                if let script {
                    html.element("script") { $0.trusted(script) }
                }
            }
        }
        return html.output
    }

    /// The policy: nothing but this page's own style sheet and script, by hash.
    var contentSecurityPolicy: String {
        let scriptSource = script.map { Self.hashSource($0) } ?? "'none'"
        return "default-src 'none'; style-src \(Self.hashSource(style)); script-src \(scriptSource); "
            + "base-uri 'none'; form-action 'none'"
    }

    /// A CSP hash source for an inline element's exact text: `'sha256-<base64>'`.
    static func hashSource(_ text: String) -> String {
        "'sha256-" + Data(SHA256.hash(data: Data(text.utf8))).base64EncodedString() + "'"
    }
}
