/// One article of a batch, as a row of the batch's `index.html` (see ``HTMLIndexRenderer``).
///
/// Build it from a finished document with ``init(document:path:)``, or for an article that
/// failed with ``failed(path:reason:title:)``. Every field is plain text from the input; the
/// index renderer escapes it.
public struct BatchIndexEntry: Sendable, Equatable {
    /// The link to the article's brief page, relative to `index.html` (e.g. `energia/vertice.html`).
    /// For a failed article, the input path shown instead of a link.
    public var path: String
    /// The headline, or the article's first words when it has none.
    public var title: String
    /// Publication date, ISO 8601 when known.
    public var date: String?
    /// The publishing site or outlet.
    public var source: String?
    /// The first sentence of the Italian brief.
    public var firstItalian: String?
    /// The first sentence of the English brief.
    public var firstEnglish: String?
    /// How many glossary terms the article uses.
    public var termCount: Int
    /// Why the article could not be briefed; `nil` when it was.
    public var failure: String?

    /// Creates an entry from its fields.
    public init(
        path: String,
        title: String,
        date: String? = nil,
        source: String? = nil,
        firstItalian: String? = nil,
        firstEnglish: String? = nil,
        termCount: Int = 0,
        failure: String? = nil
    ) {
        self.path = path
        self.title = title
        self.date = date
        self.source = source
        self.firstItalian = firstItalian
        self.firstEnglish = firstEnglish
        self.termCount = termCount
        self.failure = failure
    }

    /// Creates the entry of a briefed article.
    ///
    /// - Parameters:
    ///   - document: the finished document.
    ///   - path: where its brief page is, relative to `index.html`.
    public init(document: Document, path: String) {
        self.init(
            path: path,
            title: BriefTitle.of(document),
            date: document.metadata.date,
            source: document.metadata.site,
            firstItalian: document.brief.it.first?.text,
            firstEnglish: document.brief.en.first?.text,
            termCount: document.terms.count
        )
    }

    /// Creates the entry of an article that could not be briefed.
    ///
    /// - Parameters:
    ///   - path: the input's path, shown in place of a link (there is no page to link to).
    ///   - reason: the error message.
    ///   - title: a title when one is known; the path otherwise.
    public static func failed(path: String, reason: String, title: String? = nil) -> BatchIndexEntry {
        BatchIndexEntry(path: path, title: title ?? path, failure: reason)
    }
}
