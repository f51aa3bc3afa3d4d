/// Which sentences hold each term: for every term, the sentences that hold it in order, with the
/// term's weight in each. It finds the sentences that share terms with a sentence by following
/// that sentence's own terms, instead of comparing it with every other sentence term by term.
///
/// Sentences are numbered by their position in the list given (for the sentence graph, the
/// positions of its nodes).
struct TermPostings {
    /// Where each sentence's terms begin in `terms` and `termWeights`; one more entry at the end.
    private let sentenceStarts: [Int]
    /// The sentences' terms, increasing within each sentence, sentence after sentence.
    private let terms: [Int]
    /// The weight of each of those terms in its sentence.
    private let termWeights: [Double]
    /// The sentence each entry of `terms` belongs to.
    private let owners: [Int]
    /// Where each term's postings begin in `postings`; one more entry at the end.
    private let postingStarts: [Int]
    /// The postings: for each term, the positions in `terms` of its occurrences, sentence by
    /// sentence, so each names a sentence (by `owners`) and a weight (in `termWeights`).
    private let postings: [Int]

    /// Indexes `vectors`, whose term numbers are below `vocabularySize`.
    init(vectors: [SparseVector], vocabularySize: Int) {
        let total = vectors.reduce(0) { $0 + $1.terms.count }
        var sentenceStarts = [0]
        var terms: [Int] = []
        var termWeights: [Double] = []
        var owners: [Int] = []
        sentenceStarts.reserveCapacity(vectors.count + 1)
        terms.reserveCapacity(total)
        termWeights.reserveCapacity(total)
        owners.reserveCapacity(total)
        for (sentence, vector) in vectors.enumerated() {
            terms.append(contentsOf: vector.terms)
            termWeights.append(contentsOf: vector.weights)
            owners.append(contentsOf: repeatElement(sentence, count: vector.terms.count))
            sentenceStarts.append(terms.count)
        }
        var starts = [Int](repeating: 0, count: vocabularySize + 1)
        for term in terms { starts[term + 1] += 1 }
        for term in 0..<vocabularySize { starts[term + 1] += starts[term] }
        var next = starts
        var postings = [Int](repeating: 0, count: total)
        for (entry, term) in terms.enumerated() {
            postings[next[term]] = entry
            next[term] += 1
        }
        self.sentenceStarts = sentenceStarts
        self.terms = terms
        self.termWeights = termWeights
        self.owners = owners
        self.postingStarts = starts
        self.postings = postings
    }

    /// Every pair of sentences `a < b` at most `window` positions apart that share a term, by `a`
    /// and then `b`, with `sum`: over the shared terms in increasing term order, the sum of the
    /// products of the two weights, or of 1 for each term when `counting`. These are the sums, to
    /// the last bit, of ``SparseVector/dot(_:)`` and ``SparseVector/sharedTerms(_:)``.
    func sharingPairs(within window: Int, counting: Bool) -> [(a: Int, b: Int, sum: Double)] {
        let count = sentenceStarts.count - 1
        guard count > 1, window > 0 else { return [] }
        let span = min(window, count - 1)
        var pairs: [(a: Int, b: Int, sum: Double)] = []
        pairs.reserveCapacity(count * min(span, 8))
        // sums[d - 1] is the sum for b = a + d; shares[d - 1] says whether b shares a term with a.
        var sums = [Double](repeating: 0, count: span)
        var shares = [Bool](repeating: false, count: span)
        // cursor[term] is where the current sentence stands in the term's postings: sentences are
        // visited in order, so each of its terms' postings reaches it in turn.
        var cursor = Array(postingStarts.dropLast())
        // Through buffer pointers: written as arrays, every write checks that the array is not
        // shared, which costs more than the sums.
        sums.withUnsafeMutableBufferPointer { sums in
            shares.withUnsafeMutableBufferPointer { shares in
                cursor.withUnsafeMutableBufferPointer { cursor in
                    for a in 0..<count {
                        let last = min(span, count - 1 - a)
                        add(sentence: a, upTo: last, counting: counting, into: sums, shares: shares, cursor: cursor)
                        guard last > 0 else { continue }
                        for offset in 1...last where shares[offset - 1] {
                            pairs.append((a, a + offset, sums[offset - 1]))
                            sums[offset - 1] = 0
                            shares[offset - 1] = false
                        }
                    }
                }
            }
        }
        return pairs
    }

    /// Adds what sentence `a` shares with each of the next `last` sentences to `sums` and
    /// `shares` (by offset), and moves `cursor` past `a` in its terms' postings.
    private func add(
        sentence a: Int, upTo last: Int, counting: Bool, into sums: UnsafeMutableBufferPointer<Double>,
        shares: UnsafeMutableBufferPointer<Bool>, cursor: UnsafeMutableBufferPointer<Int>
    ) {
        for entry in sentenceStarts[a]..<sentenceStarts[a + 1] {
            let term = terms[entry]
            let end = postingStarts[term + 1]
            var posting = cursor[term] + 1
            cursor[term] = posting
            while posting < end {
                let other = postings[posting]
                let offset = owners[other] - a
                guard offset <= last else { break }
                sums[offset - 1] += counting ? 1 : termWeights[entry] * termWeights[other]
                shares[offset - 1] = true
                posting += 1
            }
        }
    }
}
