/// Work on the items of a list on every core at once, with the results handed over in the list's
/// order as soon as each is ready and all before it are.
public enum InOrder {
    /// Runs `work` for the items `0..<count`, at most `jobs` at once, and calls `deliver` with
    /// each result in item order.
    ///
    /// No more than twice `jobs` items are begun ahead of the oldest one not yet delivered, so a
    /// slow item holds back at most that many finished results, however long the list.
    ///
    /// - Parameters:
    ///   - count: the number of items.
    ///   - jobs: how many items are worked on at once (at least one).
    ///   - work: makes the result of item `index`; runs on the concurrency pool.
    ///   - deliver: receives `(index, result)` for each item in turn, on the calling task.
    public static func map<Result: Sendable>(
        count: Int, jobs: Int, _ work: @escaping @Sendable (_ index: Int) -> Result, deliver: (_ index: Int, _ result: Result) -> Void
    ) async {
        let window = 2 * max(1, jobs)
        await withTaskGroup(of: (Int, Result).self) { group in
            var next = 0
            var running = 0
            var delivered = 0
            var ready: [Int: Result] = [:]
            func begin() {
                while next < count, running < max(1, jobs), next - delivered < window {
                    let index = next
                    group.addTask { (index, work(index)) }
                    next += 1
                    running += 1
                }
            }
            begin()
            while let (index, result) = await group.next() {
                running -= 1
                ready[index] = result
                while let result = ready.removeValue(forKey: delivered) {
                    deliver(delivered, result)
                    delivered += 1
                }
                begin()
            }
        }
    }
}
