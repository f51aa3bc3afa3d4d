import CLibXML2

/// Reads TermBase eXchange files (ISO 30042: TBX-Basic `termEntry/langSet/tig/term` and TBX v3
/// `conceptEntry/langSec/termSec/term`) through libxml2.
///
/// Each concept gives one entry: the first Italian term (a `preferredTerm` first) is the term,
/// the other Italian terms its variants, the first English term the target. `partOfSpeech`,
/// `subjectField` and `note`/`definition` fill the other fields. External entities and the
/// network are never used, so a hostile file cannot read local files or expand entity bombs.
enum TBXGlossaryParser {
    static func parse(_ bytes: [UInt8], name glossaryName: String, file: String) throws(SuntoError) -> [GlossaryEntry] {
        try LibXML2.withParser { () throws(SuntoError) in try entries(in: bytes, name: glossaryName, file: file) }
    }

    private static func entries(in bytes: [UInt8], name glossaryName: String, file: String) throws(SuntoError) -> [GlossaryEntry] {
        guard bytes.count < Int(Int32.max) else { throw .glossary(file: file, line: 0, message: "file too large") }
        let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlReadMemory(chars.baseAddress, Int32(chars.count), file, nil, options)
            }
        }
        guard let document else {
            let error = xmlGetLastError()
            let line = error.map { Int($0.pointee.line) } ?? 0
            let message = error.flatMap { $0.pointee.message }.map { String(cString: $0).trimmingWhitespace() } ?? "not well-formed XML"
            throw .glossary(file: file, line: line, message: "not a valid TBX file: \(message)")
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw .glossary(file: file, line: 0, message: "empty TBX document") }
        var entries: [GlossaryEntry] = []
        var node: xmlNodePtr? = root
        while let current = node {
            if let elementName = name(of: current), elementName == "termEntry" || elementName == "conceptEntry" {
                if let entry = try concept(current, glossary: glossaryName, file: file) { entries.append(entry) }
                node = next(after: current, within: root, descend: false)
            } else {
                node = next(after: current, within: root, descend: true)
            }
        }
        guard !entries.isEmpty else {
            throw .glossary(file: file, line: 0, message: "no termEntry or conceptEntry with both an Italian and an English term")
        }
        return entries
    }

    private struct LanguageTerms {
        var terms: [(text: String, preferred: Bool)] = []
        var partOfSpeech = ""
    }

    private static func concept(_ entry: xmlNodePtr, glossary: String, file: String) throws(SuntoError) -> GlossaryEntry? {
        var languages: [String: LanguageTerms] = [:]
        var domain = ""
        var notes: [String] = []
        var currentLanguage = ""
        var node: xmlNodePtr? = entry.pointee.children
        while let current = node {
            var descend = true
            switch name(of: current) {
            case "langSet", "langSec":
                currentLanguage = language(of: current)
            case "term":
                let text = content(of: current)
                if !text.isEmpty {
                    let preferred = siblingNotes(of: current).contains { $0.contains("preferred") }
                    languages[currentLanguage, default: LanguageTerms()].terms.append((text, preferred))
                }
                descend = false
            case "termNote":
                if attribute("type", of: current) == "partOfSpeech", languages[currentLanguage] != nil {
                    languages[currentLanguage]?.partOfSpeech = content(of: current).lowercased()
                }
                descend = false
            case "descrip":
                switch attribute("type", of: current) {
                case "subjectField": domain = content(of: current)
                case "definition": notes.append(content(of: current))
                default: break
                }
                descend = false
            case "note":
                notes.append(content(of: current))
                descend = false
            default:
                break
            }
            node = next(after: current, within: entry, descend: descend)
        }
        let italian = languages.first { $0.key.hasPrefix("it") }?.value
        let english = languages.first { $0.key.hasPrefix("en") }?.value
        guard let italian, let english, let target = english.terms.first?.text else { return nil }
        let ordered = italian.terms.filter(\.preferred) + italian.terms.filter { !$0.preferred }
        guard let term = ordered.first?.text else { return nil }
        let line = Int(xmlGetLineNo(entry))
        let pos = GlossaryColumns.partsOfSpeech.contains(italian.partOfSpeech) ? italian.partOfSpeech
            : italian.partOfSpeech == "propernoun" ? "propn" : ""
        return GlossaryEntry(
            it: term, en: target, variants: ordered.dropFirst().map(\.text), partOfSpeech: pos,
            casePolicy: GlossaryColumns.looksLikeName(term) ? .exact : .insensitive,
            domain: domain, note: notes.filter { !$0.isEmpty }.joined(separator: " "), glossary: glossary, line: line
        )
    }

    // MARK: libxml2 tree helpers

    private static func name(of node: xmlNodePtr) -> String? {
        guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name else { return nil }
        return String(cString: name)
    }

    private static func attribute(_ attribute: String, of node: xmlNodePtr) -> String? {
        guard let value = xmlGetProp(node, attribute) else { return nil }
        defer { clibxml2_free(value) }
        return String(cString: value)
    }

    private static func language(of node: xmlNodePtr) -> String {
        guard let value = xmlNodeGetLang(node) else { return "" }
        defer { clibxml2_free(value) }
        return String(cString: value).lowercased()
    }

    /// The text inside `node`, white space collapsed. Only text and CDATA nodes are read:
    /// entity references are skipped, never expanded (`xmlNodeGetContent` would expand nested
    /// declared entities, an exponential "billion laughs" a hostile file can hold).
    private static func content(of node: xmlNodePtr) -> String {
        var bytes: [UInt8] = []
        var current = node.pointee.children
        while let child = current {
            let type = child.pointee.type
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE, var text = child.pointee.content {
                while text.pointee != 0 {
                    bytes.append(text.pointee)
                    text += 1
                }
            }
            current = next(after: child, within: node, descend: true)
        }
        return String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The `termNote` texts next to a term (administrative status and the like).
    private static func siblingNotes(of term: xmlNodePtr) -> [String] {
        var notes: [String] = []
        var sibling = term.pointee.parent?.pointee.children
        while let current = sibling {
            if name(of: current) == "termNote" { notes.append(content(of: current)) }
            sibling = current.pointee.next
        }
        return notes
    }

    /// The next node in document order inside `root`, without recursion. Only elements are
    /// descended into: an entity reference's children belong to the entity's declaration.
    private static func next(after node: xmlNodePtr, within root: xmlNodePtr, descend: Bool) -> xmlNodePtr? {
        if descend, node.pointee.type == XML_ELEMENT_NODE, let child = node.pointee.children { return child }
        var current = node
        while current != root {
            if let sibling = current.pointee.next { return sibling }
            guard let parent = current.pointee.parent else { return nil }
            current = parent
        }
        return nil
    }
}
