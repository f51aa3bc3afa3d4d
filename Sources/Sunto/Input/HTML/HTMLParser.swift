import CLibXML2

/// Parses HTML bytes with libxml2 into an ``HTMLTree``.
///
/// The libxml2 document never leaves ``parse(_:encoding:maxDepth:path:)``: it is parsed, copied
/// into Swift values by an iterative walk and freed in that one call, so only `Sendable` values
/// cross into the rest of sunto.
///
/// Depth: `XML_PARSE_HUGE` is deliberately off. With it libxml2 accepts any nesting, but its
/// end-tag handling scans the open-element stack, so a hostile page of a few hundred kilobytes of
/// unclosed tags takes minutes (measured: 40,000 levels, 3.7 s; cost grows with the square). Without
/// it libxml2 stops at 256 levels; the stop is detected through the parser context and reported as
/// a warning, and the text read up to that point is kept. Below that cap, `maxDepth` flattens
/// deeper elements into their ancestor, keeping their text.
enum HTMLParser {
    /// libxml2's own nesting limit without `XML_PARSE_HUGE`.
    static let libxml2DepthLimit = 256

    private static let options = Int32(
        bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
    )

    /// Parses `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: the page as read from disk or the network.
    ///   - encoding: the encoding to read the bytes in, or `nil` to let libxml2 follow the BOM
    ///     and `<meta charset>` (see ``HTMLEncodingSniffer``).
    ///   - maxDepth: elements nested deeper than this are merged into their ancestor.
    ///   - path: the page's path, for error messages.
    /// - Throws: ``SuntoError/undecodable(path:reason:)`` when libxml2 returns no document.
    static func parse(_ bytes: [UInt8], encoding: String?, maxDepth: Int, path: String) throws(SuntoError) -> HTMLTree {
        try LibXML2.withParser { () throws(SuntoError) in try parseDocument(bytes, encoding: encoding, maxDepth: maxDepth, path: path) }
    }

    private static func parseDocument(_ bytes: [UInt8], encoding: String?, maxDepth: Int, path: String) throws(SuntoError) -> HTMLTree {
        guard bytes.count < Int(Int32.max) else {
            throw .tooLarge(path: path, bytes: bytes.count, limit: Int(Int32.max))
        }
        guard let context = htmlNewParserCtxt() else {
            throw .undecodable(path: path, reason: "libxml2 could not allocate a parser")
        }
        defer { htmlFreeParserCtxt(context) }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, encoding, options)
            }
        }
        guard let document else {
            throw .undecodable(path: path, reason: "libxml2 could not parse it as HTML")
        }
        defer { xmlFreeDoc(document) }
        var builder = HTMLTreeBuilder(maxDepth: min(maxDepth, libxml2DepthLimit))
        builder.walk(from: UnsafeMutableRawPointer(document).assumingMemoryBound(to: xmlNode.self))
        var warnings: [String] = []
        if stoppedAtDepthLimit(context) {
            warnings.append("the page nests elements more than \(libxml2DepthLimit) deep; text after that point was not read")
        } else if builder.flattened {
            warnings.append("elements nested more than \(builder.maxDepth) deep were merged into their parent")
        }
        let declared = document.pointee.encoding.map { String(cString: $0) }
        return HTMLTree(nodes: builder.nodes, encoding: encoding ?? declared ?? "UTF-8", warnings: warnings)
    }

    /// libxml2 records "Excessive depth in document" even with `HTML_PARSE_NOERROR`.
    private static func stoppedAtDepthLimit(_ context: htmlParserCtxtPtr) -> Bool {
        guard let error = xmlCtxtGetLastError(context), let message = error.pointee.message else { return false }
        return String(cString: message).contains("Excessive depth")
    }
}

/// Copies a libxml2 tree into ``HTMLNode``s with an iterative pre-order walk.
private struct HTMLTreeBuilder {
    let maxDepth: Int
    var nodes: [HTMLNode] = []
    var flattened = false
    /// The indices of the open elements, root first.
    private var open: [Int] = []

    init(maxDepth: Int) {
        self.maxDepth = maxDepth
        nodes.reserveCapacity(2048)
    }

    mutating func walk(from root: UnsafeMutablePointer<xmlNode>) {
        nodes.append(HTMLNode(tag: .other, parent: -1, end: 0, text: "", attributes: [], isHidden: false))
        open.append(0)
        // For each libxml2 element walked into: whether it made a node (false when flattened).
        var entered: [Bool] = []
        var current = root.pointee.children
        while let node = current {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                if let madeNode = enter(node) {
                    if let child = node.pointee.children {
                        entered.append(madeNode)
                        current = child
                        continue
                    }
                    if madeNode { close() }
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { appendText(String(cString: content)) }
            default:
                break
            }
            // Climb until a node has a next sibling, closing the elements left on the way.
            var cursor = node
            current = nil
            while true {
                if let next = cursor.pointee.next {
                    current = next
                    break
                }
                guard let parent = cursor.pointee.parent, parent != root, let madeNode = entered.popLast() else { break }
                if madeNode { close() }
                cursor = parent
            }
        }
        while !open.isEmpty { close() }
    }

    /// Adds an element: `nil` to skip its subtree, `false` when it is flattened into its parent.
    private mutating func enter(_ node: UnsafeMutablePointer<xmlNode>) -> Bool? {
        guard let rawName = node.pointee.name else { return nil }
        let tag = tag(named: rawName)
        var attributes: [HTMLAttribute] = []
        var hidden = false
        var property = node.pointee.properties
        while let attribute = property {
            defer { property = attribute.pointee.next }
            guard let rawAttributeName = attribute.pointee.name else { continue }
            let kind = attributeKind(named: rawAttributeName)
            if case .ignored = kind { continue }
            let value = attribute.pointee.children?.pointee.content.map { String(cString: $0) } ?? ""
            switch kind {
            case .kept(let name): attributes.append(HTMLAttribute(name: name, value: value))
            case .hidden: hidden = true
            case .ariaHidden: hidden = hidden || value == "true"
            case .style: hidden = hidden || Self.styleHides(value)
            case .ignored: break
            }
        }
        if tag.isNeverContent, tag != .head, tag != .meta, tag != .link {
            guard tag == .script, attributes.contains(where: { $0.name == .type && $0.value.contains("ld+json") }) else {
                return nil
            }
        }
        if open.count > maxDepth {
            flattened = true
            return false
        }
        let parent = open.last ?? 0
        nodes.append(HTMLNode(tag: tag, parent: Int32(parent), end: 0, text: "", attributes: attributes, isHidden: hidden))
        open.append(nodes.count - 1)
        return true
    }

    /// What the walk does with an attribute.
    private enum AttributeKind {
        case kept(HTMLAttribute.Name)
        case hidden, ariaHidden, style, ignored
    }

    /// libxml2 interns element and attribute names in the document's dictionary, so the same
    /// name has the same pointer: caching by pointer avoids a `String` per element.
    private var tags: [UnsafePointer<xmlChar>: HTMLTag] = [:]
    private var attributeKinds: [UnsafePointer<xmlChar>: AttributeKind] = [:]

    private mutating func tag(named name: UnsafePointer<xmlChar>) -> HTMLTag {
        if let tag = tags[name] { return tag }
        let tag = HTMLTag(name: String(cString: name))
        tags[name] = tag
        return tag
    }

    private mutating func attributeKind(named name: UnsafePointer<xmlChar>) -> AttributeKind {
        if let kind = attributeKinds[name] { return kind }
        let text = String(cString: name)
        let kind: AttributeKind = switch text {
        case "hidden": .hidden
        case "aria-hidden": .ariaHidden
        case "style": .style
        default: HTMLAttribute.Name(rawValue: text).map(AttributeKind.kept) ?? .ignored
        }
        attributeKinds[name] = kind
        return kind
    }

    private mutating func close() {
        guard let index = open.popLast() else { return }
        nodes[index].end = Int32(nodes.count)
    }

    private mutating func appendText(_ text: String) {
        let parent = open.last ?? 0
        nodes.append(HTMLNode(tag: .text, parent: Int32(parent), end: Int32(nodes.count + 1), text: text, attributes: [], isHidden: false))
    }

    private static func styleHides(_ style: String) -> Bool {
        guard style.containsASCIICaseFolded("none") || style.containsASCIICaseFolded("hidden") else { return false }
        let compact = style.filter { !$0.isWhitespace }
        return compact.containsASCIICaseFolded("display:none") || compact.containsASCIICaseFolded("visibility:hidden")
    }
}
