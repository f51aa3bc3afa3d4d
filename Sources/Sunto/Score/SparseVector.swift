/// A sparse vector over an article's vocabulary: term numbers in increasing order with weights.
public struct SparseVector: Sendable, Equatable {
    /// Term numbers, increasing.
    public private(set) var terms: [Int]
    /// The weight of each term, one for one with `terms`.
    public private(set) var weights: [Double]
    /// The Euclidean norm.
    public private(set) var norm: Double

    /// Creates a vector from term numbers and weights given in increasing term order.
    public init(terms: [Int], weights: [Double]) {
        precondition(terms.count == weights.count, "one weight per term")
        self.terms = terms
        self.weights = weights
        self.norm = weights.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }

    /// The TF-IDF vector of a bag of terms: each term's count times its weight in `weights`.
    public init(counting bag: [Int], weights termWeights: [Double]) {
        let sorted = bag.sorted()
        var terms: [Int] = []
        var weights: [Double] = []
        terms.reserveCapacity(sorted.count)
        weights.reserveCapacity(sorted.count)
        for term in sorted {
            if terms.last == term {
                weights[weights.count - 1] += termWeights[term]
            } else {
                terms.append(term)
                weights.append(termWeights[term])
            }
        }
        self.init(terms: terms, weights: weights)
    }

    /// Whether the vector has no terms.
    public var isEmpty: Bool { terms.isEmpty }

    /// The dot product.
    public func dot(_ other: SparseVector) -> Double {
        var sum = 0.0
        forEachSharedTerm(with: other) { _, mine, theirs in sum += mine * theirs }
        return sum
    }

    /// The cosine of the angle between the two vectors; 0 when either is empty.
    public func cosine(_ other: SparseVector) -> Double {
        let norms = norm * other.norm
        return norms > 0 ? dot(other) / norms : 0
    }

    /// The number of terms the two vectors share.
    public func sharedTerms(_ other: SparseVector) -> Int {
        terms.withUnsafeBufferPointer { mine in
            other.terms.withUnsafeBufferPointer { theirs in
                var shared = 0
                var i = 0
                var j = 0
                while i < mine.count, j < theirs.count {
                    let a = mine[i]
                    let b = theirs[j]
                    if a == b { shared += 1 }
                    if a <= b { i += 1 }
                    if b <= a { j += 1 }
                }
                return shared
            }
        }
    }

    /// Calls `body` with every term both vectors hold and its two weights: a merge of the two
    /// sorted term lists, linear in their lengths.
    public func forEachSharedTerm(with other: SparseVector, _ body: (_ term: Int, _ mine: Double, _ theirs: Double) -> Void) {
        var i = 0
        var j = 0
        while i < terms.count, j < other.terms.count {
            if terms[i] == other.terms[j] {
                body(terms[i], weights[i], other.weights[j])
                i += 1
                j += 1
            } else if terms[i] < other.terms[j] {
                i += 1
            } else {
                j += 1
            }
        }
    }

    /// The sum of the two vectors.
    public static func + (lhs: SparseVector, rhs: SparseVector) -> SparseVector {
        var terms: [Int] = []
        var weights: [Double] = []
        var i = 0
        var j = 0
        while i < lhs.terms.count || j < rhs.terms.count {
            if j == rhs.terms.count || (i < lhs.terms.count && lhs.terms[i] < rhs.terms[j]) {
                terms.append(lhs.terms[i])
                weights.append(lhs.weights[i])
                i += 1
            } else if i == lhs.terms.count || rhs.terms[j] < lhs.terms[i] {
                terms.append(rhs.terms[j])
                weights.append(rhs.weights[j])
                j += 1
            } else {
                terms.append(lhs.terms[i])
                weights.append(lhs.weights[i] + rhs.weights[j])
                i += 1
                j += 1
            }
        }
        return SparseVector(terms: terms, weights: weights)
    }
}
