/// The part of a ``BatchIndexEntry`` a manifest line keeps, so that the index page of a rerun
/// also lists the briefs that were up to date and not made again.
struct ManifestIndexRow: Codable, Sendable, Equatable {
    var page: String
    var title: String
    var date: String?
    var source: String?
    var italian: String?
    var english: String?
    var terms: Int

    /// The row of a finished document whose page is `page`.
    init(document: Document, page: String) {
        self.init(entry: BatchIndexEntry(document: document, path: page))
    }

    init(entry: BatchIndexEntry) {
        page = entry.path
        title = entry.title
        date = entry.date
        source = entry.source
        italian = entry.firstItalian
        english = entry.firstEnglish
        terms = entry.termCount
    }

    /// The index entry this row stands for.
    var entry: BatchIndexEntry {
        BatchIndexEntry(path: page, title: title, date: date, source: source, firstItalian: italian, firstEnglish: english, termCount: terms)
    }

    /// Writes the row as a JSON object.
    func write(into json: inout JSONWriter) {
        json.object { json in
            json.field("page", page)
            json.field("title", title)
            json.field("date", date)
            json.field("source", source)
            json.field("italian", italian)
            json.field("english", english)
            json.field("terms", terms)
        }
    }
}
