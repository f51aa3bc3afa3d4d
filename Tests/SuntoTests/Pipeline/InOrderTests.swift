import Foundation
import Synchronization
import Testing

@testable import Sunto

@Suite struct InOrderTests {
    /// Items take uneven times, so they finish out of order; they are delivered in order.
    @Test(arguments: [1, 2, 4, 16])
    func everyResultIsDeliveredOnceInItemOrder(_ jobs: Int) async {
        var delivered: [(Int, Int)] = []
        await InOrder.map(count: 40, jobs: jobs, { index in
            usleep(UInt32((index * 7919) % 5) * 300)
            return index * index
        }, deliver: { delivered.append(($0, $1)) })
        #expect(delivered.map(\.0) == Array(0..<40))
        #expect(delivered.map(\.1) == (0..<40).map { $0 * $0 })
    }

    @Test func noMoreItemsRunAtOnceThanAsked() async {
        let running = Atomic<Int>(0)
        let most = Atomic<Int>(0)
        var count = 0
        await InOrder.map(count: 30, jobs: 3, { _ in
            let now = running.add(1, ordering: .relaxed).newValue
            most.max(now, ordering: .relaxed)
            usleep(500)
            running.subtract(1, ordering: .relaxed)
            return 0
        }, deliver: { _, _ in count += 1 })
        #expect(count == 30)
        #expect(most.load(ordering: .relaxed) <= 3)
    }

    @Test func anEmptyListDeliversNothing() async {
        var count = 0
        await InOrder.map(count: 0, jobs: 4, { $0 }, deliver: { _, _ in count += 1 })
        #expect(count == 0)
    }
}
