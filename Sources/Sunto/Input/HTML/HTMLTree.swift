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

    /// The text of the subtree at `index`, with whitespace runs collapsed to single spaces and a
    /// space between block elements.
    func text(of index: Int) -> String {
        var collector = WhitespaceCollapser()
        for node in nodes[index..<Int(nodes[index].end)] {
            if node.tag == .text {
                collector.append(node.text)
            } else if node.tag.isBlock {
                collector.breakWord()
            }
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
///
/// Works on UTF-8 bytes (the profile of a page walk showed scalar-by-scalar appends): ASCII
/// spaces and controls, no-break space and the Unicode space separators collapse; zero-width
/// spaces and joiners, the byte-order mark and soft hyphens are invisible in the page, so they
/// are dropped rather than splitting or gluing words.
struct WhitespaceCollapser {
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    /// The text so far.
    var result: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(utf8: $0) }
    }

    private mutating func append(utf8 input: UnsafeBufferPointer<UInt8>) {
        var index = 0
        let count = input.count
        while index < count {
            let byte = input[index]
            if byte < 0x80 {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = true
                } else {
                    emit(byte)
                }
                index += 1
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            let end = min(index + length, count)
            switch Self.classify(input, index, end) {
            case .space: pendingSpace = true
            case .invisible: break
            case .visible:
                if pendingSpace, !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
                for offset in index..<end { bytes.append(input[offset]) }
            }
            index = end
        }
    }

    private mutating func emit(_ byte: UInt8) {
        if pendingSpace, !bytes.isEmpty { bytes.append(0x20) }
        pendingSpace = false
        bytes.append(byte)
    }

    private enum Kind { case space, invisible, visible }

    private static func classify(_ input: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Kind {
        let first = input[start]
        let second = end - start > 1 ? input[start + 1] : 0
        let third = end - start > 2 ? input[start + 2] : 0
        switch (first, second) {
        case (0xC2, 0xA0), (0xC2, 0x85): return .space
        case (0xC2, 0xAD): return .invisible
        case (0xE1, 0x9A) where third == 0x80: return .space
        case (0xE2, 0x80):
            if third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF { return .space }
            if third >= 0x8B && third <= 0x8D { return .invisible }
        case (0xE2, 0x81):
            if third == 0x9F { return .space }
            if third == 0xA0 { return .invisible }
        case (0xE3, 0x80) where third == 0x80: return .space
        case (0xEF, 0xBB) where third == 0xBF: return .invisible
        default: break
        }
        return .visible
    }

    /// Marks a word boundary (between blocks) without adding text.
    mutating func breakWord() {
        pendingSpace = true
    }
}
