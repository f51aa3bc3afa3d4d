/// One running copy of a stage: an actor that owns the stage value and processes one
/// document at a time, passing failures through untouched.
actor StageActor {
    private let stage: any Stage
    /// How many documents this copy has processed.
    private(set) var processed = 0

    /// Wraps a stage.
    init(stage: any Stage) {
        self.stage = stage
    }

    /// Runs the stage on one item; an item that already failed goes through unchanged.
    func run(_ item: PipelineItem) async -> PipelineItem {
        guard case .success(let document) = item.result else { return item }
        processed += 1
        do {
            return PipelineItem(index: item.index, result: .success(try await stage.process(document)))
        } catch let error as SuntoError {
            return PipelineItem(index: item.index, result: .failure(error))
        } catch {
            let reason = SuntoError.stageFailed(stage: stage.name, message: "\(error)")
            return PipelineItem(index: item.index, result: .failure(reason))
        }
    }
}

/// A document travelling through the runner with its position in the input.
struct PipelineItem: Sendable {
    /// 0-based position of the document in the input sequence.
    var index: Int
    /// The document so far, or the error that stopped it.
    var result: Result<Document, SuntoError>
}
