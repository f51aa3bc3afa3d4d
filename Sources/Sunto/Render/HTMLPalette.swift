/// The colours of the HTML pages, one palette for the light theme and one for the dark, written
/// as CSS custom properties so every rule of the style sheets uses the same names.
///
/// Kept as values rather than CSS text so a test can check each pair a reader sees (text on
/// background, note text on note background, …) against the WCAG contrast ratios.
struct HTMLPalette: Sendable {
    /// Page background.
    var background: String
    /// Raised surfaces: panels, inputs, the skip link.
    var surface: String
    /// Body text.
    var text: String
    /// Secondary text: labels, scores, captions.
    var muted: String
    /// Rules and borders.
    var line: String
    /// Links and the brief's sentence references.
    var accent: String
    /// The keyboard focus ring.
    var focus: String
    /// Background and text of a glossary term, and its underline.
    var termBackground: String
    var termText: String
    var termLine: String
    /// Background of a sentence chosen for the brief, in the source view, and its edge.
    var chosenBackground: String
    var chosenLine: String
    /// Underline of a repaired stretch of text.
    var repair: String
    /// Background and text of a failed article in the index.
    var failureBackground: String
    var failureText: String

    /// The light theme: dark ink on warm paper.
    static let light = HTMLPalette(
        background: "#fbfaf7", surface: "#ffffff", text: "#1c1c1f", muted: "#55565e", line: "#d8d4cc",
        accent: "#1d5ba6", focus: "#c2410c",
        termBackground: "#fde68a", termText: "#1c1c1f", termLine: "#b45309",
        chosenBackground: "#e3edfb", chosenLine: "#1d5ba6", repair: "#9a3412",
        failureBackground: "#fdecea", failureText: "#8a1c1c"
    )

    /// The dark theme: light ink on a blue-black ground.
    static let dark = HTMLPalette(
        background: "#15171c", surface: "#1f232b", text: "#e9e7e3", muted: "#a7abb6", line: "#3a404c",
        accent: "#8cb8ff", focus: "#fb923c",
        termBackground: "#5b4a12", termText: "#fff4c7", termLine: "#fbbf24",
        chosenBackground: "#1c2c45", chosenLine: "#8cb8ff", repair: "#fdba74",
        failureBackground: "#3b1d1d", failureText: "#fecaca"
    )

    /// The palette as CSS custom property declarations (`--bg: #…;` …), one line.
    var customProperties: String {
        [
            ("bg", background), ("surface", surface), ("text", text), ("muted", muted), ("line", line),
            ("accent", accent), ("focus", focus), ("term-bg", termBackground), ("term-text", termText),
            ("term-line", termLine), ("chosen-bg", chosenBackground), ("chosen-line", chosenLine),
            ("repair", repair), ("fail-bg", failureBackground), ("fail-text", failureText),
        ]
        .map { "--\($0.0): \($0.1);" }
        .joined(separator: " ")
    }
}
