/// The ``ArticleFeatures`` the score stage computed, carried on the ``Document`` so that the
/// summarize stage does not tokenize and index the article a second time.
///
/// The cache remembers what the features were computed from (sentences, title, glossary terms)
/// and hands them out only while the document still holds exactly those; after a stage changes
/// them the features are computed afresh. Being derived data, it takes no part in document
/// equality.
struct FeatureCache: Sendable, Equatable {
    private var entry: (features: ArticleFeatures, title: String?, glossary: [TermUse])?

    /// An empty cache.
    init() {}

    /// The cached features, if they still describe `document`. Arrays and strings that were not
    /// changed share their storage, so the check is a few pointer comparisons.
    func features(for document: Document) -> ArticleFeatures? {
        guard let entry, entry.features.sentences == document.sentences, entry.title == document.metadata.title,
            entry.glossary == document.terms
        else { return nil }
        return entry.features
    }

    /// Keeps `features`, computed from `document`.
    mutating func store(_ features: ArticleFeatures, of document: Document) {
        entry = (features, document.metadata.title, document.terms)
    }

    /// Derived data: two documents that differ only in their caches are equal.
    static func == (lhs: FeatureCache, rhs: FeatureCache) -> Bool { true }
}

extension Document {
    /// The scoring features of the document: those the score stage cached while they still
    /// describe it, computed afresh otherwise.
    var articleFeatures: ArticleFeatures {
        featureCache.features(for: self) ?? ArticleFeatures(document: self)
    }
}
