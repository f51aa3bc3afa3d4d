#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs documents through a list of stages, each stage a set of actors, stages connected by
/// bounded channels.
///
/// Documents stream through: while one is being translated the next is being scored and a third
/// normalized. Each stage runs ``Stage/replicas`` copies; results are delivered in input order.
/// Memory stays bounded whatever the number of inputs: the channels hold at most
/// `channelCapacity` documents each and the source never runs more than `window` documents
/// ahead of the oldest undelivered one.
public struct PipelineRunner: Sendable {
    /// The number of active processor cores, the default replica count.
    public static var defaultReplicas: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// The stages, in order.
    public let stages: [any Stage]
    /// Capacity of each channel between stages.
    public let channelCapacity: Int
    /// Upper bound on replicas per stage (e.g. `--jobs`).
    public let maxReplicas: Int

    /// Creates a runner.
    ///
    /// - Parameters:
    ///   - stages: the stages in order.
    ///   - channelCapacity: documents buffered between two stages.
    ///   - maxReplicas: the most copies any stage may run.
    public init(stages: [any Stage], channelCapacity: Int = 4, maxReplicas: Int = PipelineRunner.defaultReplicas) {
        self.stages = stages
        self.channelCapacity = max(1, channelCapacity)
        self.maxReplicas = max(1, maxReplicas)
    }

    /// Processes one document through every stage.
    ///
    /// - Throws: the ``SuntoError`` of the first stage that failed.
    public func process(_ document: Document) async throws(SuntoError) -> Document {
        var result: Result<Document, SuntoError> = .failure(.usage("no result"))
        await run([document]) { _, outcome in result = outcome }
        return try result.get()
    }

    /// Streams documents through the stages and hands each result to `deliver`, in input order.
    ///
    /// - Parameters:
    ///   - documents: the inputs; a lazy sequence is read only as fast as the pipeline drains.
    ///   - deliver: called once per input with its index and its result, in input order.
    public func run<Inputs: Sequence & Sendable>(
        _ documents: Inputs,
        deliver: (Int, Result<Document, SuntoError>) async -> Void
    ) async where Inputs.Element == Document {
        await run(inputs: documents.lazy.map { Result<Document, SuntoError>.success($0) }, deliver: deliver)
    }

    /// Streams inputs that may already have failed (e.g. a file that could not be read) through
    /// the stages; failed inputs are delivered in their place, untouched.
    ///
    /// - Parameters:
    ///   - inputs: documents or the errors that stopped them; read lazily.
    ///   - deliver: called once per input with its index and its result, in input order.
    public func run<Inputs: Sequence & Sendable>(
        inputs: Inputs,
        deliver: (Int, Result<Document, SuntoError>) async -> Void
    ) async where Inputs.Element == Result<Document, SuntoError> {
        await run(
            source: { admit in
                for (index, input) in inputs.enumerated() { await admit(index, input) }
            },
            deliver: deliver
        )
    }

    /// Streams inputs that arrive asynchronously (e.g. records read from a pipe by another
    /// thread) through the stages; unlike a `Sequence`, waiting for the next input never holds
    /// a thread of the cooperative pool.
    ///
    /// - Parameters:
    ///   - inputs: documents or the errors that stopped them; the pipeline ends when the stream
    ///     finishes.
    ///   - deliver: called once per input with its index and its result, in input order.
    public func run(
        stream inputs: AsyncStream<Result<Document, SuntoError>>,
        deliver: (Int, Result<Document, SuntoError>) async -> Void
    ) async {
        await run(
            source: { admit in
                var index = 0
                for await input in inputs {
                    await admit(index, input)
                    index += 1
                }
            },
            deliver: deliver
        )
    }

    /// The runner proper: `source` hands each input with its index to `admit`, which waits for
    /// room in the window and the first channel.
    private func run(
        source: @escaping @Sendable (_ admit: @Sendable (Int, Result<Document, SuntoError>) async -> Void) async -> Void,
        deliver: (Int, Result<Document, SuntoError>) async -> Void
    ) async {
        let window = InFlightWindow(size: channelCapacity * (stages.count + 1) + maxReplicas * stages.count)
        let channels = (0...stages.count).map { _ in BoundedChannel<PipelineItem>(capacity: channelCapacity) }
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                await source { index, input in
                    await window.admit(index)
                    await channels[0].send(PipelineItem(index: index, result: input))
                }
                await channels[0].finish()
            }
            for (position, stage) in stages.enumerated() {
                let input = channels[position]
                let output = channels[position + 1]
                let copies = min(max(1, stage.replicas), maxReplicas)
                group.addTask {
                    await withTaskGroup(of: Void.self) { workers in
                        for _ in 0..<copies {
                            let worker = StageActor(stage: stage)
                            workers.addTask {
                                while let item = await input.receive() {
                                    await output.send(await worker.run(item))
                                }
                            }
                        }
                    }
                    await output.finish()
                }
            }
            await deliverInOrder(from: channels[stages.count], window: window, deliver: deliver)
        }
    }

    private func deliverInOrder(
        from channel: BoundedChannel<PipelineItem>,
        window: InFlightWindow,
        deliver: (Int, Result<Document, SuntoError>) async -> Void
    ) async {
        var pending: [Int: Result<Document, SuntoError>] = [:]
        var next = 0
        while let item = await channel.receive() {
            pending[item.index] = item.result
            let before = next
            while let result = pending.removeValue(forKey: next) {
                await deliver(next, result)
                next += 1
            }
            if next != before { await window.delivered(upTo: next) }
        }
    }
}
