/// One step of the pipeline: takes a document and returns an enriched copy.
///
/// Stages are small values; the ``PipelineRunner`` wraps each one in actors connected by bounded
/// channels. A stage must not keep per-document state between calls: replicas of a CPU-bound
/// stage run the same value on different documents at the same time.
public protocol Stage: Sendable {
    /// The stage's name as written in a pipeline file (e.g. `normalize`).
    var name: String { get }
    /// How many copies of the stage may work at once. CPU-bound stages ask for more than one;
    /// stages that call out to an external program may ask for one.
    var replicas: Int { get }
    /// Processes one document.
    ///
    /// - Parameter document: the document as left by the previous stage.
    /// - Returns: the document enriched by this stage.
    /// - Throws: ``SuntoError`` when the document cannot go on; the runner reports it and
    ///   continues with the next document.
    func process(_ document: Document) async throws -> Document
}

extension Stage {
    /// By default a stage runs as many replicas as the machine has cores.
    public var replicas: Int { PipelineRunner.defaultReplicas }
}
