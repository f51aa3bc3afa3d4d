import Testing

@testable import Sunto

/// Records how many documents are inside a stage at the same time.
private actor Occupancy {
    private(set) var current = 0
    private(set) var peak = 0

    func enter() {
        current += 1
        peak = max(peak, current)
    }

    func leave() { current -= 1 }
}

/// A stage that sleeps a while, longer for low indexes, so documents finish out of order.
private struct SlowStage: Stage {
    let name = "slow"
    let replicas: Int
    let occupancy: Occupancy

    func process(_ document: Document) async throws -> Document {
        await occupancy.enter()
        let index = Int(document.source.path) ?? 0
        try await Task.sleep(for: .milliseconds(index % 3 == 0 ? 30 : 5))
        await occupancy.leave()
        var document = document
        document.warnings.append("slow:\(index)")
        return document
    }
}

/// A stage that fails on documents whose path is odd.
private struct FailOddStage: Stage {
    let name = "fail-odd"

    func process(_ document: Document) throws -> Document {
        if (Int(document.source.path) ?? 0) % 2 == 1 { throw SuntoError.emptyInput(path: document.source.path) }
        return document
    }
}

@Suite struct PipelineRunnerTests {
    private func documents(_ count: Int) -> [Document] {
        (0..<count).map { Document(text: "testo \($0)", path: String($0)) }
    }

    @Test func resultsArriveInInputOrderWhileReplicasOverlap() async {
        let occupancy = Occupancy()
        let runner = PipelineRunner(stages: [SlowStage(replicas: 4, occupancy: occupancy)], channelCapacity: 2, maxReplicas: 4)
        var order: [Int] = []
        await runner.run(documents(24)) { index, result in
            order.append(index)
            #expect((try? result.get())?.warnings == ["slow:\(index)"])
        }
        #expect(order == Array(0..<24))
        #expect(await occupancy.peak > 1)
    }

    @Test func stagesWorkOnDifferentDocumentsAtOnce() async {
        // One replica per stage, one shared counter: a peak of two means two documents were in
        // two different stages at the same moment.
        let shared = Occupancy()
        let runner = PipelineRunner(
            stages: [SlowStage(replicas: 1, occupancy: shared), SlowStage(replicas: 1, occupancy: shared)],
            channelCapacity: 1, maxReplicas: 1
        )
        await runner.run(documents(12)) { _, _ in }
        #expect(await shared.peak == 2)
    }

    @Test func aFailedDocumentDoesNotStopTheOthers() async {
        let runner = PipelineRunner(stages: [FailOddStage()], maxReplicas: 2)
        var failed: [Int] = []
        var succeeded: [Int] = []
        await runner.run(documents(10)) { index, result in
            switch result {
            case .success: succeeded.append(index)
            case .failure(let error):
                failed.append(index)
                #expect(error == .emptyInput(path: String(index)))
            }
        }
        #expect(succeeded == [0, 2, 4, 6, 8])
        #expect(failed == [1, 3, 5, 7, 9])
    }

    @Test func inputsThatFailedBeforeThePipelinePassThrough() async {
        let runner = PipelineRunner(stages: [FailOddStage()])
        var results: [Result<Document, SuntoError>] = []
        await runner.run(inputs: [.failure(.inputMissing(path: "x.txt")), .success(Document(text: "a", path: "0"))]) { _, result in
            results.append(result)
        }
        #expect(results.count == 2)
        if case .failure(let error) = results[0] { #expect(error == .inputMissing(path: "x.txt")) } else { Issue.record("expected failure") }
    }

    @Test func anEmptyInputFinishes() async {
        let runner = PipelineRunner(stages: [FailOddStage()])
        var count = 0
        await runner.run([Document]()) { _, _ in count += 1 }
        #expect(count == 0)
    }
}
