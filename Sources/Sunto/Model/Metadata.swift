/// Article metadata: what a reader sees in the brief's header.
public struct Metadata: Sendable, Equatable, Codable {
    /// The headline.
    public var title: String?
    /// Author or authors as printed.
    public var byline: String?
    /// Publication date, ISO 8601.
    public var date: String?
    /// Name of the publishing site or outlet.
    public var site: String?
    /// Canonical URL of the article.
    public var url: String?
    /// Declared language (BCP 47), e.g. `it`.
    public var language: String?
    /// Short description or standfirst.
    public var description: String?

    /// Creates metadata; every field is optional.
    public init(
        title: String? = nil,
        byline: String? = nil,
        date: String? = nil,
        site: String? = nil,
        url: String? = nil,
        language: String? = nil,
        description: String? = nil
    ) {
        self.title = title
        self.byline = byline
        self.date = date
        self.site = site
        self.url = url
        self.language = language
        self.description = description
    }
}
