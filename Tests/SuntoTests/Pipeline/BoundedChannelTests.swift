import Testing

@testable import Sunto

@Suite struct BoundedChannelTests {
    @Test func deliversEveryElementOnceInOrderToOneReceiver() async {
        let channel = BoundedChannel<Int>(capacity: 2)
        Task {
            for value in 0..<100 { await channel.send(value) }
            await channel.finish()
        }
        var received: [Int] = []
        while let value = await channel.receive() { received.append(value) }
        #expect(received == Array(0..<100))
    }

    @Test func manyReceiversShareTheWorkWithoutLossOrDuplicates() async {
        let channel = BoundedChannel<Int>(capacity: 3)
        let collected = await withTaskGroup(of: [Int].self) { group in
            group.addTask {
                for value in 0..<500 { await channel.send(value) }
                await channel.finish()
                return []
            }
            for _ in 0..<4 {
                group.addTask {
                    var mine: [Int] = []
                    while let value = await channel.receive() { mine.append(value) }
                    return mine
                }
            }
            var all: [Int] = []
            for await part in group { all += part }
            return all
        }
        #expect(collected.sorted() == Array(0..<500))
    }

    @Test func aFinishedChannelIsDrainedBeforeItEnds() async {
        let channel = BoundedChannel<String>(capacity: 4)
        await channel.send("a")
        await channel.send("b")
        await channel.finish()
        #expect(await channel.receive() == "a")
        #expect(await channel.receive() == "b")
        #expect(await channel.receive() == nil)
    }
}
