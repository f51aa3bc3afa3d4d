/// Wraps a stage so that, once a ``StopFlag`` is set, documents still inside the pipeline are
/// dropped at their next stage instead of being worked on: a stopped batch ends within the time
/// of one stage, not of the whole pipeline for every document in flight.
struct InterruptibleStage: Stage {
    /// The failure given to dropped documents; the batch recognises it and records nothing.
    static let interruption = SuntoError.stageFailed(stage: "batch", message: "interrupted")

    let stage: any Stage
    let stop: StopFlag

    var name: String { stage.name }
    var replicas: Int { stage.replicas }

    func process(_ document: Document) async throws -> Document {
        if stop.isSet { throw Self.interruption }
        return try await stage.process(document)
    }
}
