/// Finds the article in a saved web page: its text, paragraph by paragraph, and its metadata.
///
/// ```swift
/// let article = try HTMLArticleExtractor().extract(bytes, path: "pagina.html")
/// print(article.metadata.title ?? "", article.text)
/// ```
///
/// The page is parsed by libxml2 (any encoding, broken markup, `.html.gz`), page furniture and
/// boilerplate are pruned, the article is located by the page's own markup and by content
/// scoring, and the remaining blocks are filtered once more. The work is synchronous and keeps
/// no state, so one extractor can serve many tasks at once.
public struct HTMLArticleExtractor: Sendable {
    /// The limits applied to every page.
    public var limits: HTMLLimits

    /// Creates an extractor.
    public init(limits: HTMLLimits = HTMLLimits()) {
        self.limits = limits
    }

    /// Extracts the article from the bytes of a page (gzip-compressed or not).
    ///
    /// - Parameters:
    ///   - bytes: the page as saved.
    ///   - path: the page's name, for messages.
    /// - Throws: ``SuntoError/tooLarge(path:bytes:limit:)`` past ``HTMLLimits/maxBytes``,
    ///   ``SuntoError/emptyInput(path:)`` for a page with no visible text (empty, script-only),
    ///   ``SuntoError/noArticle(path:characters:)`` for a page whose text is all navigation and
    ///   boilerplate, ``SuntoError/undecodable(path:reason:)`` for damaged data.
    public func extract(_ bytes: [UInt8], path: String) throws(SuntoError) -> ExtractedArticle {
        var page = bytes
        if GzipReader.isGzip(page) { page = try GzipReader(maxBytes: limits.maxBytes).inflate(page, path: path) }
        guard page.count <= limits.maxBytes else { throw .tooLarge(path: path, bytes: page.count, limit: limits.maxBytes) }
        guard page.contains(where: { $0 > 0x20 }) else { throw .emptyInput(path: path) }
        let encoding = HTMLEncodingSniffer.choose(for: page)
        let tree = try HTMLParser.parse(page, encoding: encoding.forced, maxDepth: limits.maxDepth, path: path)
        let hints = Self.hints(of: tree)
        let metadata = HTMLMetadataReader(tree: tree, hints: hints, page: page).read()
        var warnings = tree.warnings
        if let warning = encoding.warning { warnings.append(warning) }
        var blocks = articleBlocks(tree: tree, hints: hints, title: metadata.metadata.title)
        if let declared = metadata.jsonLDBody, declared.count > max(2 * blocks.reduce(0) { $0 + $1.text.count }, 200) {
            blocks = Self.paragraphs(of: declared)
            warnings.append("article text taken from the page's JSON-LD articleBody")
        }
        guard !blocks.isEmpty else {
            let visible = TextStatistics(tree: tree, excluded: Self.nonContent(tree)).characters[0]
            if visible == 0 { throw .emptyInput(path: path) }
            throw .noArticle(path: path, characters: Int(visible))
        }
        return ExtractedArticle(blocks: blocks, metadata: metadata.metadata, encoding: encoding.name, warnings: warnings)
    }

    /// The article's blocks, or the prose of the whole page when no article element stands out.
    private func articleBlocks(tree: HTMLTree, hints: [ClassHints], title: String?) -> [TextBlock] {
        let base = Self.nonContent(tree)
        let baseStatistics = TextStatistics(tree: tree, excluded: base)
        var protected = Array(repeating: false, count: tree.nodes.count)
        let marked = ArticleLocator(tree: tree, hints: hints, statistics: baseStatistics, excluded: base).markedBody() ?? []
        for start in marked {
            var index = start
            while index >= 0, !protected[index] {
                protected[index] = true
                index = Int(tree.nodes[index].parent)
            }
        }
        var excluded = BoilerplatePruner(tree: tree, hints: hints, statistics: baseStatistics, protected: protected).excludedNodes()
        for index in excluded.indices where base[index] { excluded[index] = true }
        let statistics = TextStatistics(tree: tree, excluded: excluded)
        let roots = ArticleLocator(tree: tree, hints: hints, statistics: statistics, excluded: excluded).locate()
        let filter = BlockFilter(title: title)
        let writer = TextBlockWriter(tree: tree, excluded: excluded)
        let blocks = filter.filter(writer.blocks(of: roots))
        if !blocks.isEmpty { return blocks }
        // No article element: the page's prose blocks, as jusText would keep them.
        return filter.filter(writer.blocks(of: [0]).filter { BlockFilter.isProse($0) && $0.linkDensity < 0.3 })
    }

    /// The head, scripts and the title: never article text.
    private static func nonContent(_ tree: HTMLTree) -> [Bool] {
        var excluded = Array(repeating: false, count: tree.nodes.count)
        for (index, node) in tree.nodes.enumerated() {
            if node.tag == .head || node.tag == .script || node.tag == .title || node.tag == .meta || node.tag == .link {
                for inner in index..<Int(node.end) { excluded[inner] = true }
            }
        }
        return excluded
    }

    /// Class/id hints for every element, computed once per distinct `class` and `id` value.
    private static func hints(of tree: HTMLTree) -> [ClassHints] {
        var cache: [String: ClassHints] = [:]
        func hints(_ name: String?) -> ClassHints {
            guard let name, !name.isEmpty else { return ClassHints() }
            if let cached = cache[name] { return cached }
            let hint = ClassHints(className: name, id: nil)
            cache[name] = hint
            return hint
        }
        return tree.nodes.map { node in
            guard node.tag != .text, !node.attributes.isEmpty else { return ClassHints() }
            return hints(node.attribute(.class)).merged(with: hints(node.attribute(.id)))
        }
    }

    /// Text split into paragraph blocks at line breaks.
    private static func paragraphs(of text: String) -> [TextBlock] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            var collapser = WhitespaceCollapser()
            collapser.append(String(line))
            return collapser.result.isEmpty ? nil : TextBlock(kind: .paragraph, text: collapser.result)
        }
    }
}
