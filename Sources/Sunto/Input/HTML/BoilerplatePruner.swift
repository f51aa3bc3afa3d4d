/// Marks the parts of a page that are never article text: page furniture by tag and ARIA role,
/// hidden elements, and boilerplate named by `class`/`id` (menus, share bars, comments, related
/// links, cookie banners, newsletter boxes, captions, bylines).
///
/// Removal by name is guarded by size: an element that holds most of the page's paragraph text,
/// or that contains the marked article body, is kept whatever its class says, because wrappers
/// are often named after what sits beside the article (`has-sidebar`, `with-comments`).
struct BoilerplatePruner {
    let tree: HTMLTree
    let hints: [ClassHints]
    let statistics: TextStatistics
    /// Nodes that contain (or are) a marked article body.
    let protected: [Bool]

    private static let furnitureRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
        "toolbar", "tablist", "alert", "status", "marquee", "log", "timer", "note",
    ]
    private static let metadataItemprops: Set<String> = [
        "author", "publisher", "datePublished", "dateModified", "dateCreated", "image", "video", "associatedMedia",
        "keywords", "creator", "contributor",
    ]

    /// One flag per node: `true` where the node and its subtree are not article text.
    func excludedNodes() -> [Bool] {
        let count = tree.nodes.count
        var excluded = Array(repeating: false, count: count)
        let pageParagraphs = max(Double(statistics.paragraphCharacters[0]), 1)
        for index in 1..<count {
            let node = tree.nodes[index]
            if excluded[Int(node.parent)] {
                excluded[index] = true
                continue
            }
            guard node.tag != .text, !protected[index] else { continue }
            let share = Double(statistics.paragraphCharacters[index]) / pageParagraphs
            excluded[index] = isBoilerplate(index, node: node, share: share)
        }
        return excluded
    }

    private func isBoilerplate(_ index: Int, node: HTMLNode, share: Double) -> Bool {
        switch node.tag {
        case .head, .title, .meta, .link, .script:
            return true
        case .nav, .aside, .figcaption, .menu, .dialog, .label, .address, .fieldset, .form:
            // Unclosed furniture can swallow the page in libxml2's tree; keep it if it holds the prose.
            if share < 0.5 { return true }
        case .header, .footer:
            if share < 0.4 { return true }
        case .figure:
            if statistics.paragraphCharacters[index] < 250 { return true }
        case .html, .body, .main:
            return false
        default:
            break
        }
        // Streaming server rendering parks the real article in a hidden element until scripts
        // move it: hidden text that is most of the page's prose is the article.
        if node.isHidden { return share < 0.5 }
        if let role = node.attribute(.role), Self.furnitureRoles.contains(role.lowercased()), share < 0.5 { return true }
        if let itemprop = node.attribute(.itemprop), Self.metadataItemprops.contains(itemprop),
           statistics.characters[index] < 300 {
            return true
        }
        let hint = hints[index]
        if hint.isBoilerplate { return share < 0.6 }
        // Furniture names are common on wrappers (`elementor-widget`, `has-sidebar`): only drop
        // the element when its content agrees (mostly links, or no prose at all).
        if hint.isFurniture, !hint.isPositive, share < 0.3 {
            return statistics.linkDensity(index) > 0.4
                || (statistics.paragraphCharacters[index] == 0 && statistics.characters[index] < 200)
        }
        return false
    }
}
