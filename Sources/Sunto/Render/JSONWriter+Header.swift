/// The `source` and `metadata` objects that open every JSON record sunto writes (the brief of
/// `sunto brief --format json` and the article of `sunto extract --format json`), written in
/// one place so the two contracts keep the same keys in the same order.
extension JSONWriter {
    /// `"source": {path, format, sha256, encoding}`.
    mutating func source(_ source: SourceInfo, encoding: String) {
        key("source")
        object { json in
            json.field("path", source.path)
            json.field("format", source.format.rawValue)
            json.field("sha256", source.sha256)
            json.field("encoding", encoding)
        }
    }

    /// `"metadata": {title, byline, date, site, url, language, description}`, `null` where unknown.
    mutating func metadata(_ metadata: Metadata) {
        key("metadata")
        object { json in
            json.field("title", metadata.title)
            json.field("byline", metadata.byline)
            json.field("date", metadata.date)
            json.field("site", metadata.site)
            json.field("url", metadata.url)
            json.field("language", metadata.language)
            json.field("description", metadata.description)
        }
    }
}
