import Foundation

/// What scorers and the selector need to know about an article, computed once for all of them.
///
/// Sentences are split into ``ScoringToken``s; words are reduced to index terms (stopwords
/// dropped, the inflectional ending removed, see ``ItalianTerms``), each distinct term numbered.
/// Sentence vectors are TF-IDF over those terms, each sentence counted as a document.
public struct ArticleFeatures: Sendable {
    /// The sentences, `sentences[i].id == i`.
    public let sentences: [Sentence]
    /// Each sentence's tokens.
    public let tokens: [[ScoringToken]]
    /// Each sentence's index terms (numbers into the article's vocabulary), in text order.
    public let terms: [[Int]]
    /// How many sentences hold each term.
    public let documentFrequency: [Int]
    /// The inverse document frequency of each term: `log(1 + N / df)`.
    public let inverseFrequency: [Double]
    /// Each sentence's TF-IDF vector.
    public let vectors: [SparseVector]
    /// Each sentence's word count.
    public let wordCounts: [Int]
    /// The distinct index terms of the title (empty without a title).
    public let titleTerms: [Int]
    /// The id of the sentence that is the headline, if the title is the first sentence.
    public let headline: Int?
    /// How many distinct glossary terms occur in each sentence.
    public let glossaryTerms: [Int]
    /// The number of paragraphs.
    public let paragraphCount: Int

    /// The number of terms in the article's vocabulary (title included).
    public var vocabularySize: Int { inverseFrequency.count }

    /// Computes the features of a document's sentences, title and glossary terms.
    public init(document: Document) {
        self.init(sentences: document.sentences, title: document.metadata.title, glossary: document.terms)
    }

    /// Computes the features of `sentences`.
    ///
    /// - Parameters:
    ///   - sentences: the article's sentences, in order.
    ///   - title: the headline, when known; a first sentence equal to it is the headline.
    ///   - glossary: glossary terms found in the article, with the sentences they occur in.
    public init(sentences: [Sentence], title: String? = nil, glossary: [TermUse] = []) {
        self.sentences = sentences
        var vocabulary = KeyTable(capacity: 16 * sentences.count)
        let tokens = sentences.map { ScoringTokenizer.tokens(in: $0.text) }
        let terms = tokens.map { Self.indexTerms($0, in: &vocabulary) }
        let titleTerms = title.map { Self.indexTerms(ScoringTokenizer.tokens(in: $0), in: &vocabulary) } ?? []
        var frequency = [Int](repeating: 0, count: vocabulary.count)
        var lastSeen = [Int](repeating: -1, count: vocabulary.count)
        for (index, sentenceTerms) in terms.enumerated() {
            for term in sentenceTerms where lastSeen[term] != index {
                lastSeen[term] = index
                frequency[term] += 1
            }
        }
        // A document frequency is a number of sentences, so each value's logarithm is taken once.
        let count = max(1, sentences.count)
        let inverseOf = (0...count).map { log1p(Double(count) / Double(max(1, $0))) }
        let inverse = frequency.map { inverseOf[$0] }
        self.tokens = tokens
        self.terms = terms
        self.documentFrequency = frequency
        self.inverseFrequency = inverse
        self.vectors = terms.map { SparseVector(counting: $0, weights: inverse) }
        self.wordCounts = tokens.map { $0.reduce(0) { $0 + ($1.kind == .word ? 1 : 0) } }
        self.titleTerms = Self.distinct(titleTerms)
        self.headline = title.flatMap { title in sentences.first { $0.id == 0 && $0.text == title }?.id }
        var glossaryTerms = [Int](repeating: 0, count: sentences.count)
        for use in glossary {
            for sentence in Self.distinct(use.occurrences.map(\.sentence)) where glossaryTerms.indices.contains(sentence) {
                glossaryTerms[sentence] += 1
            }
        }
        self.glossaryTerms = glossaryTerms
        self.paragraphCount = (sentences.last?.paragraph ?? -1) + 1
    }

    /// The index terms of `tokens`, in text order, numbered in `vocabulary` (new terms get the
    /// next numbers).
    private static func indexTerms(_ tokens: [ScoringToken], in vocabulary: inout KeyTable) -> [Int] {
        var terms: [Int] = []
        terms.reserveCapacity(tokens.count)
        for token in tokens where token.termKey != 0 { terms.append(vocabulary.number(for: token.termKey)) }
        return terms
    }

    /// The distinct values of `values`, increasing.
    private static func distinct(_ values: [Int]) -> [Int] {
        var sorted = values.sorted()
        var kept = 0
        for value in sorted where kept == 0 || sorted[kept - 1] != value {
            sorted[kept] = value
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }

    /// Whether the sentence may go into a brief (it is not the headline).
    public func isBody(_ sentence: Int) -> Bool {
        sentence != headline
    }
}
