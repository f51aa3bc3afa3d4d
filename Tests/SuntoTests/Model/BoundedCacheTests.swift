import Testing

@testable import Sunto

/// A bounded cache answers as its function would, works each key out once, and stops growing at
/// its capacity.
@Suite struct BoundedCacheTests {
    @Test func answersAsTheFunctionWouldAndComputesEachKeyOnce() {
        let cache = BoundedCache<String, Int>(capacity: 10)
        var calls = 0
        for word in ["accordo", "banca", "accordo", "accordo"] {
            let length = cache.value(for: word) { calls += 1; return $0.count }
            #expect(length == word.count)
        }
        #expect(calls == 2)
        #expect(cache.count == 2)
    }

    @Test func stopsGrowingAtItsCapacityAndStillAnswers() {
        let cache = BoundedCache<Int, Int>(capacity: 3)
        for key in 0..<10 {
            #expect(cache.value(for: key) { $0 * 2 } == key * 2)
        }
        #expect(cache.count == 3)
        var calls = 0
        #expect(cache.value(for: 9) { calls += 1; return $0 * 2 } == 18)
        #expect(calls == 1)
    }

    @Test func keepsWhatIsStoredUntilFull() {
        let cache = BoundedCache<String, Int>(capacity: 1)
        #expect(cache.cached("di") == nil)
        cache.store("di", 1)
        cache.store("da", 2)
        #expect(cache.cached("di") == 1)
        #expect(cache.cached("da") == nil)
    }

    @Test func isSafeToShareBetweenTasks() async {
        let cache = BoundedCache<Int, Int>(capacity: 1_000)
        await withTaskGroup(of: Int.self) { group in
            for task in 0..<8 {
                group.addTask {
                    (0..<500).reduce(0) { sum, key in sum + cache.value(for: (key + task) % 700) { $0 + 1 } }
                }
            }
            for await _ in group {}
        }
        let keys = Set((0..<8).flatMap { task in (0..<500).map { ($0 + task) % 700 } })
        #expect(cache.count == keys.count)
    }
}
