/// The HTML elements the extractor tells apart; every other element is ``other``.
///
/// A small enum instead of tag-name strings keeps the tree compact and the checks cheap.
enum HTMLTag: UInt8, Sendable {
    case text, other
    case html, head, body, title, meta, link, base
    case script, style, noscript, template, svg, math, canvas, iframe, object, embed, video, audio, picture, source, map
    case form, input, button, select, option, textarea, label, fieldset, dialog
    case nav, header, footer, aside, menu, address
    case main, article, section, div, span, center, font
    case p, br, hr, pre, code, blockquote, q, cite
    case h1, h2, h3, h4, h5, h6, hgroup
    case ul, ol, li, dl, dt, dd
    case table, thead, tbody, tfoot, tr, td, th, caption
    case figure, figcaption, img
    case a, b, strong, i, em, u, s, small, sub, sup, mark, abbr, time, wbr

    /// Looks a tag up by its (lower-case) name.
    init(name: String) {
        self = Self.byName[name] ?? .other
    }

    private static let byName: [String: HTMLTag] = {
        var table: [String: HTMLTag] = [:]
        for raw in UInt8(2)...HTMLTag.wbr.rawValue {
            if let tag = HTMLTag(rawValue: raw) { table["\(tag)"] = tag }
        }
        return table
    }()

    /// Elements whose content is never article text: code, media, widgets and form controls.
    var isNeverContent: Bool {
        switch self {
        case .head, .script, .style, .noscript, .template, .svg, .math, .canvas, .iframe, .object, .embed,
            .video, .audio, .picture, .source, .map, .input, .button, .select, .option, .textarea, .dialog, .link, .meta:
            true
        default: false
        }
    }

    /// Elements that start a new block of text (a line break in the rendered page).
    var isBlock: Bool {
        switch self {
        case .html, .body, .main, .article, .section, .div, .center, .nav, .header, .footer, .aside, .menu, .address,
            .form, .fieldset, .p, .pre, .blockquote, .h1, .h2, .h3, .h4, .h5, .h6, .hgroup,
            .ul, .ol, .li, .dl, .dt, .dd, .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption,
            .figure, .figcaption, .hr, .br, .title:
            true
        default: false
        }
    }

    /// Headings, kept as paragraphs of their own.
    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: true
        default: false
        }
    }
}
