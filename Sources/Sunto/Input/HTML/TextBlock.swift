/// One paragraph of extracted text: a paragraph, a heading, a list item, a quotation.
public struct TextBlock: Sendable, Equatable {
    /// What kind of block the text came from.
    public enum Kind: String, Sendable, CaseIterable {
        /// A paragraph of prose (`<p>`, or text in a `<div>`).
        case paragraph
        /// A heading inside the article (`<h2>`…).
        case heading
        /// An item of a list.
        case listItem = "list-item"
        /// A quotation (`<blockquote>`).
        case quote
        /// Preformatted text or a table cell.
        case other
    }

    /// The kind of block.
    public var kind: Kind
    /// The text, whitespace collapsed.
    public var text: String
    /// Visible characters of the text that sit inside links.
    var linkCharacters: Int = 0
    /// Visible (non-space) characters of the text.
    var visibleCharacters: Int = 0
    /// The element the text came from (its innermost block element).
    var element: Int = 0

    /// Creates a block.
    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }

    /// The share of the text inside links.
    var linkDensity: Double {
        visibleCharacters == 0 ? 0 : Double(linkCharacters) / Double(visibleCharacters)
    }
}

/// Writes the text of chosen elements as ``TextBlock``s: a new block at every block-level
/// element and `<br>`, skipping excluded subtrees.
struct TextBlockWriter {
    let tree: HTMLTree
    let excluded: [Bool]

    func blocks(of roots: [Int]) -> [TextBlock] {
        var blocks: [TextBlock] = []
        for root in roots { write(root, into: &blocks) }
        return blocks
    }

    private func write(_ root: Int, into blocks: inout [TextBlock]) {
        let nodes = tree.nodes
        var current = WhitespaceCollapser()
        var linkCharacters = 0
        var visibleCharacters = 0
        // Open block elements (index) and open links (end), innermost last.
        var openBlocks: [Int] = [root]
        var linkEnds: [Int32] = []
        func flush() {
            let text = current.result
            if !text.isEmpty {
                var block = TextBlock(kind: kind(of: openBlocks), text: text)
                block.linkCharacters = linkCharacters
                block.visibleCharacters = visibleCharacters
                block.element = openBlocks.last ?? root
                blocks.append(block)
            }
            current = WhitespaceCollapser()
            linkCharacters = 0
            visibleCharacters = 0
        }
        var index = root + 1
        let end = Int(nodes[root].end)
        while index < end {
            while let last = openBlocks.last, last != root, Int(nodes[last].end) <= index {
                flush()
                openBlocks.removeLast()
            }
            while let last = linkEnds.last, Int(last) <= index { linkEnds.removeLast() }
            let node = nodes[index]
            if excluded[index] {
                if node.tag.isBlock { flush() }
                index = Int(node.end)
                continue
            }
            switch node.tag {
            case .text:
                current.append(node.text)
                let visible = node.text.unicodeScalars.count { !$0.isHTMLSpace }
                visibleCharacters += visible
                if !linkEnds.isEmpty { linkCharacters += visible }
            case .a:
                linkEnds.append(node.end)
            case .br, .hr:
                flush()
            case let tag where tag.isBlock:
                flush()
                openBlocks.append(index)
            case .img:
                current.breakWord()
            default:
                break
            }
            index += 1
        }
        flush()
    }

    /// The kind of the innermost meaningful block: a paragraph inside a quotation is a quote.
    private func kind(of openBlocks: [Int]) -> TextBlock.Kind {
        var kind = TextBlock.Kind.paragraph
        for index in openBlocks {
            switch tree.nodes[index].tag {
            case .h1, .h2, .h3, .h4, .h5, .h6: return .heading
            case .li, .dt, .dd: kind = .listItem
            case .blockquote: kind = .quote
            case .pre, .td, .th: if kind == .paragraph { kind = .other }
            default: continue
            }
        }
        return kind
    }
}
