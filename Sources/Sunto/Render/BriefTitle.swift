/// The title shown for a brief: the article's title, or its first words.
enum BriefTitle {
    static func of(_ document: Document) -> String {
        if let title = document.metadata.title, !title.isEmpty { return title }
        let words = (document.sentences.first?.text ?? document.source.path).split(whereSeparator: \.isWhitespace)
        return words.prefix(10).joined(separator: " ") + (words.count > 10 ? " …" : "")
    }
}
