/// A weighted, undirected graph of an article's sentences, linked by similarity, for LexRank and
/// TextRank.
///
/// The graph is capped so its cost stays near-linear on long articles: each sentence is compared
/// only with the `window` sentences on either side of it, and keeps only its `maxNeighbours`
/// strongest links. Weights are scaled so the strongest link of the article weighs 1; links
/// below `threshold` are dropped.
struct SentenceGraph: Sendable {
    /// The nodes: sentence ids, in order.
    let nodes: [Int]
    /// For each node (by position in `nodes`), its neighbours' positions and the link weights.
    let neighbours: [[(node: Int, weight: Double)]]

    /// A link between the nodes at positions `a < b`, with the similarity of their sentences.
    typealias Link = (a: Int, b: Int, weight: Double)

    /// Links the `nodes` by `links`: every pair of nodes whose similarity is above 0 (and that the
    /// window allows), each once.
    init(nodes: [Int], links: [Link], maxNeighbours: Int, threshold: Double) {
        self.nodes = nodes
        let count = nodes.count
        // Each node's candidate links, both directions, laid out flat node after node.
        var starts = [Int](repeating: 0, count: count + 1)
        var strongest = 0.0
        for link in links {
            strongest = max(strongest, link.weight)
            starts[link.a + 1] += 1
            starts[link.b + 1] += 1
        }
        for node in 0..<count { starts[node + 1] += starts[node] }
        var candidates = [(node: Int, weight: Double)](repeating: (0, 0), count: starts[count])
        var next = starts
        for link in links {
            candidates[next[link.a]] = (link.b, link.weight)
            next[link.a] += 1
            candidates[next[link.b]] = (link.a, link.weight)
            next[link.b] += 1
        }
        var kept = [[(node: Int, weight: Double)]](repeating: [], count: count)
        for a in 0..<count {
            kept[a].reserveCapacity(min(count - 1, 2 * maxNeighbours))
        }
        let floor = threshold * strongest
        candidates.withUnsafeMutableBufferPointer { candidates in
            for a in 0..<count {
                // Strongest first, ties by position: an order that does not depend on the order of
                // `links`.
                var ranked = candidates[starts[a]..<starts[a + 1]]
                ranked.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.node < $1.node }
                var taken = 0
                for link in ranked where link.weight >= floor {
                    guard taken < maxNeighbours else { break }
                    taken += 1
                    // Links are stored both ways, so one already made from the other end is in kept[a].
                    guard !kept[a].contains(where: { $0.node == link.node }) else { continue }
                    let weight = link.weight / strongest
                    kept[a].append((link.node, weight))
                    kept[link.node].append((a, weight))
                }
            }
        }
        neighbours = kept
    }

    /// PageRank by power iteration: the stationary weight of a random walk that follows links in
    /// proportion to their weights and jumps anywhere with probability `1 - damping`.
    ///
    /// - Returns: one value per node, summing to 1.
    func pageRank(damping: Double = 0.85, iterations: Int = 50, tolerance: Double = 1e-6) -> [Double] {
        let count = nodes.count
        guard count > 0 else { return [] }
        // The links laid out flat, node after node, so that the iterations run over plain arrays;
        // every sum is taken in the order of `neighbours`.
        var starts: [Int] = []
        starts.reserveCapacity(count + 1)
        var targets: [Int] = []
        var weights: [Double] = []
        var outWeight: [Double] = []
        outWeight.reserveCapacity(count)
        for links in neighbours {
            starts.append(targets.count)
            var sum = 0.0
            for link in links {
                targets.append(link.node)
                weights.append(link.weight)
                sum += link.weight
            }
            outWeight.append(sum)
        }
        starts.append(targets.count)
        var rank = [Double](repeating: 1 / Double(count), count: count)
        var next = rank
        starts.withUnsafeBufferPointer { starts in
            targets.withUnsafeBufferPointer { targets in
                weights.withUnsafeBufferPointer { weights in
                    outWeight.withUnsafeBufferPointer { outWeight in
                        for _ in 0..<iterations {
                            let change = rank.withUnsafeBufferPointer { rank in
                                next.withUnsafeMutableBufferPointer { next in
                                    Self.step(rank: rank, next: next, starts: starts, targets: targets, weights: weights,
                                              outWeight: outWeight, damping: damping)
                                }
                            }
                            swap(&rank, &next)
                            if change < tolerance { break }
                        }
                    }
                }
            }
        }
        return rank
    }

    /// One iteration: `next` from `rank`; returns the L1 distance between the two.
    private static func step(
        rank: UnsafeBufferPointer<Double>, next: UnsafeMutableBufferPointer<Double>, starts: UnsafeBufferPointer<Int>,
        targets: UnsafeBufferPointer<Int>, weights: UnsafeBufferPointer<Double>, outWeight: UnsafeBufferPointer<Double>,
        damping: Double
    ) -> Double {
        let count = rank.count
        // Rank held by sentences without links is spread evenly, so none leaks away.
        var isolated = 0.0
        for a in 0..<count where !(outWeight[a] > 0) { isolated += rank[a] }
        let base = (1 - damping) / Double(count) + damping * isolated / Double(count)
        for a in 0..<count { next[a] = base }
        for a in 0..<count where outWeight[a] > 0 {
            let share = damping * rank[a] / outWeight[a]
            for link in starts[a]..<starts[a + 1] { next[targets[link]] += share * weights[link] }
        }
        var change = 0.0
        for a in 0..<count { change += abs(rank[a] - next[a]) }
        return change
    }
}
