/// Renders the JSON brief: the machine contract, with keys in a fixed order.
///
/// `version`, `source`, `metadata`, `sentences[]`, `brief.it[]`/`brief.en[]`, `terms[]`,
/// `repairs[]`, `warnings[]`. The same document always gives the same bytes.
public struct JSONRenderer: Renderer {
    /// Whether to indent (pretty) or write one line (for JSON Lines).
    public var pretty: Bool

    /// Creates the renderer.
    public init(pretty: Bool = true) {
        self.pretty = pretty
    }

    public func render(_ document: Document) -> String {
        String(decoding: renderUTF8(document), as: UTF8.self)
    }

    /// The JSON as written, without making a string of it (which would check every byte again).
    public func renderUTF8(_ document: Document) -> [UInt8] {
        // Every sentence is written with its features, and the text with it: pretty JSON runs
        // to about eight times the text (one line, to about five).
        var json = JSONWriter(pretty: pretty, capacity: document.normalizedText.utf8.count * (pretty ? 8 : 5) + 4096)
        json.object { json in
            json.field("version", SuntoVersion.current)
            json.source(document.source, encoding: document.source.encoding)
            json.metadata(document.metadata)
            json.key("sentences")
            json.array { json in
                for sentence in document.sentences {
                    json.object { json in
                        json.field("id", sentence.id)
                        json.field("text", sentence.text)
                        json.field("start", sentence.start)
                        json.field("end", sentence.end)
                        json.field("paragraph", sentence.paragraph)
                        if sentence.id < document.scores.count {
                            writeScore(document.scores[sentence.id], into: &json)
                        }
                    }
                }
            }
            json.key("brief")
            json.object { json in
                for (language, sentences) in [("it", document.brief.it), ("en", document.brief.en)] {
                    json.key(named: language)
                    json.array { json in
                        for sentence in sentences {
                            json.object { json in
                                json.field("text", sentence.text)
                                json.field("source_sentence", sentence.sourceSentence)
                                json.field("score", sentence.score)
                            }
                        }
                    }
                }
            }
            json.key("terms")
            writeTerms(document.terms, into: &json)
            json.key("repairs")
            json.array { json in
                for repair in document.repairs {
                    json.object { json in
                        json.field("rule", repair.rule)
                        json.field("before", repair.before)
                        json.field("after", repair.after)
                        json.field("offset", repair.offset)
                    }
                }
            }
            json.key("warnings")
            json.array { json in
                for warning in document.warnings { json.string(warning) }
            }
        }
        if pretty { json.endLine() }
        return json.bytes
    }

    /// A sentence's total and its features, in alphabetical order (as the score keeps them).
    private func writeScore(_ score: SentenceScore, into json: inout JSONWriter) {
        json.field("score", score.total)
        json.key("features")
        json.object { json in
            for (name, value) in zip(score.featureNames, score.featureValues) {
                json.key(named: name)
                json.number(value)
            }
        }
    }

    private func writeTerms(_ terms: [TermUse], into json: inout JSONWriter) {
        json.array { json in
            for term in terms {
                json.object { json in
                    json.field("it", term.it)
                    json.field("en", term.en)
                    json.field("en_plural", term.enPlural)
                    json.field("glossary", term.glossary)
                    json.field("note", term.note.isEmpty ? nil : term.note)
                    json.key("occurrences")
                    json.array { json in
                        for occurrence in term.occurrences {
                            json.object { json in
                                json.field("sentence", occurrence.sentence)
                                json.field("start", occurrence.start)
                                json.field("end", occurrence.end)
                                json.field("text", occurrence.text)
                                json.key("plural")
                                json.bool(occurrence.plural)
                            }
                        }
                    }
                }
            }
        }
    }
}
