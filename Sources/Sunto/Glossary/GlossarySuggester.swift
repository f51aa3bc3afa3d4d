/// Mines articles for frequent multiword Italian terms that no glossary covers yet, ranked, so a
/// terminologist can fill in their English.
///
/// Candidates are runs of two to four words that start and end with a content word and may hold
/// prepositions inside ("cassa integrazione", "tasso di disoccupazione"), never crossing
/// punctuation or a sentence boundary. Inflected forms are counted together (by stems) and shown
/// in their most frequent spelling. The rank is the number of articles a candidate occurs in,
/// then its total count, then its length.
public struct GlossarySuggester: Sendable {
    /// A suggested term.
    public struct Suggestion: Sendable, Equatable {
        /// The most frequent spelling.
        public var term: String
        /// Number of articles it occurs in.
        public var documents: Int
        /// Total occurrences.
        public var count: Int
    }

    /// The glossaries whose terms are already covered.
    public let matcher: GlossaryMatcher
    /// The fewest articles a candidate must occur in.
    public var minimumDocuments: Int

    /// Creates a suggester.
    public init(glossaries: GlossarySet, minimumDocuments: Int = 2) {
        matcher = GlossaryMatcher(index: GlossaryIndex(glossaries))
        self.minimumDocuments = minimumDocuments
    }

    /// Ranks candidates over the sentences of several articles.
    public func suggest(_ articles: [[Sentence]], limit: Int = 100) -> [Suggestion] {
        let stemmer = ItalianStemmer()
        var documents: [[String]: Set<Int>] = [:]
        var counts: [[String]: Int] = [:]
        var spellings: [[String]: [String: Int]] = [:]
        for (articleIndex, sentences) in articles.enumerated() {
            let covered = matcher.hits(in: sentences)
            for sentence in sentences {
                let tokens = TermToken.tokens(in: sentence.text, stemmer: stemmer)
                let scalars = Array(scalarsOf: sentence.text)
                for start in tokens.indices {
                    for length in 2...4 where start + length <= tokens.count {
                        let run = Array(tokens[start..<start + length])
                        guard isCandidate(run, scalars: scalars) else { continue }
                        let from = sentence.start + run[0].start
                        let to = sentence.start + run[length - 1].end
                        if covered.contains(where: { $0.start < to && from < $0.end }) { continue }
                        let keys = run.map(\.key)
                        documents[keys, default: []].insert(articleIndex)
                        counts[keys, default: 0] += 1
                        let spelling = String(String.UnicodeScalarView(scalars[run[0].start..<run[length - 1].end])).lowercased()
                        spellings[keys, default: [:]][spelling, default: 0] += 1
                    }
                }
            }
        }
        let suggestions = counts.compactMap { keys, count -> Suggestion? in
            let documentCount = documents[keys]?.count ?? 0
            guard documentCount >= minimumDocuments,
                let spelling = spellings[keys]?.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key })?.key
            else { return nil }
            return Suggestion(term: spelling, documents: documentCount, count: count)
        }
        return Array(suggestions.sorted {
            ($0.documents, $0.count, $0.term.count, $1.term) > ($1.documents, $1.count, $1.term.count, $0.term)
        }.prefix(limit))
    }

    /// Two to four words, content words at both ends, only spaces, hyphens or apostrophes between.
    private func isCandidate(_ run: [TermToken], scalars: [Unicode.Scalar]) -> Bool {
        guard let first = run.first, let last = run.last, isContent(first), isContent(last) else { return false }
        for (left, right) in zip(run, run.dropFirst()) {
            let gap = scalars[left.end..<right.start]
            guard gap.count <= 1, gap.allSatisfy({ $0 == " " || $0 == "-" }) || left.lower.hasSuffix("'") else { return false }
            if !isContent(right), TermToken.prepositions[right.lower] == nil, right.end != last.end { return false }
        }
        return run.dropFirst().dropLast().allSatisfy { isContent($0) || TermToken.prepositions[$0.lower] != nil }
    }

    private func isContent(_ token: TermToken) -> Bool {
        token.lower.count > 2 && !ItalianTerms.stopwords.contains(token.lower)
            && token.lower.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
    }
}
