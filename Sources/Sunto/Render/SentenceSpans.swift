/// Where the marks go in a sentence of a brief: glossary terms and repaired stretches, as
/// ranges of Unicode scalars within the sentence text.
///
/// Italian terms come from the occurrences' offsets (absolute in the normalized text, made
/// relative to the source sentence's start); English terms are found by searching the English
/// sentence for the glossary's exact target, singular or plural as the occurrence requires,
/// capitalised or not (the translate stage capitalises a term that opens a sentence). Spans never
/// overlap: terms win over repairs and longer terms over shorter ones.
struct SentenceSpans {
    /// One marked stretch of a sentence.
    struct Span: Equatable {
        /// What the stretch is.
        enum Kind: Equatable {
            /// A glossary term: the index into ``Document/terms``.
            case term(Int)
            /// A repair: the index into ``Document/repairs``.
            case repair(Int)
        }

        /// Scalar offsets within the sentence text.
        var range: Range<Int>
        var kind: Kind
    }

    let document: Document
    /// The normalized text, where each repair's text is looked for at its offset.
    private let normalized: [Unicode.Scalar]

    init(document: Document) {
        self.document = document
        normalized = Array(scalarsOf: document.normalizedText)
    }

    /// Term and repair spans of an Italian sentence whose source sentence is `source`.
    func italian(_ text: String, source: Int, repairs includeRepairs: Bool = true) -> [Span] {
        guard document.sentences.indices.contains(source) else { return [] }
        let sentence = document.sentences[source]
        let scalars = ScalarText(text)
        let aligned = text == sentence.text
        var spans: [Span] = []
        for (index, term) in document.terms.enumerated() {
            var from = 0
            for occurrence in term.occurrences where occurrence.sentence == source {
                let local = (occurrence.start - sentence.start)..<(occurrence.end - sentence.start)
                if aligned, local.lowerBound >= 0, local.upperBound <= scalars.count {
                    spans.append(Span(range: local, kind: .term(index)))
                } else if let found = scalars.find(occurrence.text, from: from) {
                    spans.append(Span(range: found, kind: .term(index)))
                    from = found.upperBound
                }
            }
        }
        if includeRepairs, aligned {
            spans += repairSpans(in: sentence)
        }
        return Self.resolve(spans)
    }

    /// Term spans of an English sentence translated from the source sentence `source`.
    func english(_ text: String, source: Int) -> [Span] {
        let scalars = ScalarText(text)
        var spans: [Span] = []
        for (index, term) in document.terms.enumerated() {
            var from = 0
            for occurrence in term.occurrences where occurrence.sentence == source {
                let target = term.english(for: occurrence)
                guard !target.isEmpty else { continue }
                let capitalised = target.firstUppercased
                let found = [target, capitalised]
                    .compactMap { scalars.findWord($0, from: from) }
                    .min { $0.lowerBound < $1.lowerBound }
                if let found {
                    spans.append(Span(range: found, kind: .term(index)))
                    from = found.upperBound
                }
            }
        }
        return Self.resolve(spans)
    }

    /// The repairs whose repaired text lies (partly) inside `sentence`, clipped to it.
    ///
    /// Repairs that only changed white space are left out: a mark on a space shows nothing. So
    /// are repairs whose text is no longer at their offset (a later repair changed it again):
    /// they are still listed, but a mark there would point at the wrong words.
    func repairSpans(in sentence: Sentence) -> [Span] {
        var spans: [Span] = []
        for (index, repair) in document.repairs.enumerated() where !repair.after.allSatisfy(\.isWhitespace) {
            let after = Array(scalarsOf: repair.after)
            let range = repair.offset..<(repair.offset + after.count)
            let start = max(range.lowerBound, sentence.start)
            let end = min(range.upperBound, sentence.end)
            guard start < end, range.lowerBound >= 0, range.upperBound <= normalized.count,
                normalized[range].elementsEqual(after)
            else { continue }
            spans.append(Span(range: (start - sentence.start)..<(end - sentence.start), kind: .repair(index)))
        }
        return spans
    }

    /// Keeps a set of spans that do not overlap, preferring terms, then longer spans, then
    /// earlier ones; returns them in text order.
    static func resolve(_ spans: [Span]) -> [Span] {
        let ranked = spans.sorted { a, b in
            let (aTerm, bTerm) = (a.isTerm, b.isTerm)
            if aTerm != bTerm { return aTerm }
            if a.range.count != b.range.count { return a.range.count > b.range.count }
            return a.range.lowerBound < b.range.lowerBound
        }
        var kept: [Span] = []
        for span in ranked where !span.range.isEmpty && !kept.contains(where: { $0.range.overlaps(span.range) }) {
            kept.append(span)
        }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Cuts `text` at the spans' edges: each piece with the span it belongs to, or `nil`.
    static func pieces(of text: String, _ spans: [Span]) -> [(text: String, span: Span?)] {
        let scalars = Array(scalarsOf: text)
        var pieces: [(text: String, span: Span?)] = []
        var position = 0
        func piece(_ range: Range<Int>) -> String {
            String(scalars: scalars[range])
        }
        for span in spans where span.range.lowerBound >= position && span.range.upperBound <= scalars.count {
            if span.range.lowerBound > position { pieces.append((piece(position..<span.range.lowerBound), nil)) }
            pieces.append((piece(span.range), span))
            position = span.range.upperBound
        }
        if position < scalars.count { pieces.append((piece(position..<scalars.count), nil)) }
        return pieces
    }
}

extension SentenceSpans.Span {
    fileprivate var isTerm: Bool {
        if case .term = kind { true } else { false }
    }
}
