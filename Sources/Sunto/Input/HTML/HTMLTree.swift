/// A parsed page as plain Swift values: the elements and text of the page in document order.
///
/// Nodes are stored in pre-order, so the subtree of node `i` is exactly `i ..< nodes[i].end`:
/// every walk is a loop over a range, with no recursion and no stack, however deep the page.
/// Node 0 is the document root. Only the attributes the extractor reads are kept.
struct HTMLTree: Sendable {
    /// The nodes in document order.
    var nodes: [HTMLNode]
    /// The encoding the page was read in, as named by libxml2 or chosen by ``HTMLEncodingSniffer``.
    var encoding: String
    /// Notes about the parse that a reader may want (a truncated or flattened tree).
    var warnings: [String]

    /// The children of `index`, in order.
    func children(of index: Int) -> HTMLChildren {
        HTMLChildren(nodes: nodes, parent: index)
    }

    /// The first element with `tag`, if any.
    func first(_ tag: HTMLTag, in range: Range<Int>? = nil) -> Int? {
        let range = range ?? 0..<nodes.count
        return range.first { nodes[$0].tag == tag }
    }

    /// The text of the subtree at `index`, with whitespace runs collapsed to single spaces.
    func text(of index: Int) -> String {
        var collector = WhitespaceCollapser()
        for node in nodes[index..<Int(nodes[index].end)] where node.tag == .text {
            collector.append(node.text)
        }
        return collector.result
    }

    /// Whether `ancestor` contains `node` (or is it).
    func contains(_ ancestor: Int, _ node: Int) -> Bool {
        ancestor <= node && node < Int(nodes[ancestor].end)
    }
}

/// One element or text run of an ``HTMLTree``.
struct HTMLNode: Sendable {
    /// The element, or ``HTMLTag/text`` for a text run.
    var tag: HTMLTag
    /// The parent's index; -1 for the root.
    var parent: Int32
    /// One past the index of the last node of this subtree.
    var end: Int32
    /// The text of a text run; empty for elements.
    var text: String
    /// The attributes the extractor reads (see ``HTMLAttribute/Name``), in source order.
    var attributes: [HTMLAttribute]
    /// The element is hidden from readers (`hidden`, `aria-hidden`, `display: none`).
    var isHidden: Bool

    /// The value of an attribute, if present.
    func attribute(_ name: HTMLAttribute.Name) -> String? {
        attributes.first { $0.name == name }?.value
    }
}

/// An attribute the extractor reads.
struct HTMLAttribute: Sendable, Equatable {
    /// The attribute names kept; all others are dropped while parsing.
    enum Name: String, Sendable, CaseIterable {
        case id, `class`, itemprop, itemtype, role, property, name, content, type, rel, href, datetime, lang, charset
        case httpEquiv = "http-equiv"
    }

    var name: Name
    var value: String
}

/// The children of a node, found by jumping over each child's subtree.
struct HTMLChildren: Sequence {
    let nodes: [HTMLNode]
    let parent: Int

    func makeIterator() -> AnyIterator<Int> {
        var next = parent + 1
        let end = Int(nodes[parent].end)
        return AnyIterator {
            guard next < end else { return nil }
            defer { next = Int(nodes[next].end) }
            return next
        }
    }
}

/// Joins text runs into one string, collapsing every run of whitespace into one space.
struct WhitespaceCollapser {
    private(set) var result = ""
    private var pendingSpace = false

    mutating func append(_ text: String) {
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = true
            } else if Self.invisible.contains(scalar.value) {
                continue
            } else {
                if pendingSpace, !result.isEmpty { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
    }

    /// Zero-width space and joiners, byte-order mark, soft hyphen: invisible in the page, so they
    /// must not split or glue words in the text.
    private static let invisible: Set<UInt32> = [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xAD]

    /// Marks a word boundary (between blocks) without adding text.
    mutating func breakWord() {
        pendingSpace = true
    }
}
