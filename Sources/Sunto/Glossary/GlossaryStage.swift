/// The glossary stage: finds every glossary term in the sentences and records it in
/// ``Document/terms``, for scoring, highlighting and the English brief.
public struct GlossaryStage: Stage {
    public let name = "glossary"
    /// The matcher over the glossaries in force.
    public let matcher: GlossaryMatcher

    /// Creates the stage for a set of glossaries.
    public init(glossaries: GlossarySet) {
        matcher = GlossaryMatcher(index: GlossaryIndex(glossaries))
    }

    /// Reads the stage's options: `builtin` (use the glossaries shipped with sunto, default true),
    /// `files` (more glossary files, relative to the pipeline file), and the limits on those
    /// files, `max-file-bytes` and `max-entries` (see ``GlossaryLimits``).
    static func files(from options: inout StageOptions) throws(SuntoError) -> (builtIn: Bool, files: [String], limits: GlossaryLimits) {
        (try options.bool("builtin", default: true), try options.strings("files", default: []), try GlossaryLimits(options: &options))
    }

    public func process(_ document: Document) -> Document {
        var document = document
        document.terms = Self.termUses(matcher.hits(in: document.sentences), index: matcher.index)
        return document
    }

    /// Groups hits by entry, entries in order of first occurrence.
    static func termUses(_ hits: [TermHit], index: GlossaryIndex) -> [TermUse] {
        var order: [Int] = []
        var grouped: [Int: [TermUse.Occurrence]] = [:]
        for hit in hits {
            if grouped[hit.entry] == nil { order.append(hit.entry) }
            grouped[hit.entry, default: []].append(
                TermUse.Occurrence(sentence: hit.sentence, start: hit.start, end: hit.end, text: hit.surface, plural: hit.plural)
            )
        }
        return order.map { number in
            let entry = index.entries[number]
            return TermUse(it: entry.it, en: entry.en, glossary: entry.glossary, occurrences: grouped[number] ?? [],
                           enPlural: index.englishPlural(ofEntry: number), note: entry.note,
                           partOfSpeech: entry.partOfSpeech.isEmpty ? nil : entry.partOfSpeech)
        }
    }
}
