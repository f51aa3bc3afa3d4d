@testable import Sunto

/// Builds small hand-made articles for scorer and selector tests.
enum ArticleFixture {
    /// An article of `texts`, one sentence each; `paragraphs[i]` is sentence i's paragraph
    /// (all in paragraph 0 by default).
    static func features(_ texts: [String], paragraphs: [Int]? = nil, title: String? = nil, glossary: [TermUse] = []) -> ArticleFeatures {
        ArticleFeatures(sentences: sentences(texts, paragraphs: paragraphs), title: title, glossary: glossary)
    }

    /// The sentences of `texts`, with offsets as if joined by single spaces.
    static func sentences(_ texts: [String], paragraphs: [Int]? = nil) -> [Sentence] {
        var offset = 0
        return texts.enumerated().map { index, text in
            let length = text.unicodeScalars.count
            defer { offset += length + 1 }
            return Sentence(id: index, text: text, start: offset, end: offset + length, paragraph: paragraphs?[index] ?? 0)
        }
    }

    /// A document holding `texts` as its sentences.
    static func document(_ texts: [String], title: String? = nil) -> Document {
        var document = Document(text: texts.joined(separator: " "))
        document.normalizedText = document.text
        document.sentences = sentences(texts)
        document.metadata.title = title
        return document
    }

    /// The index of the largest value (the first on ties).
    static func best(_ values: [Double]) -> Int {
        values.indices.max { values[$0] != values[$1] ? values[$0] < values[$1] : $0 > $1 } ?? -1
    }

    /// A story about the Genoa breakwater, with one off-topic sentence (index 3).
    static let breakwater = [
        "Il porto di Genova amplia la diga foranea con un cantiere da un miliardo.",
        "La nuova diga foranea del porto di Genova sarà lunga sei chilometri.",
        "Il cantiere della diga foranea di Genova aprirà a marzo nel porto.",
        "Ieri ha piovuto a lungo sulle Alpi occidentali.",
        "Secondo l'autorità portuale la diga foranea permetterà alle grandi navi di entrare nel porto di Genova.",
    ]
}
