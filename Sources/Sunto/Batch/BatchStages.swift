/// The stages a batch or stage-mode run uses: the pipeline's, with the Italian language check
/// right after `decode` when asked for, each wrapped to stop early when a ``StopFlag`` is set.
enum BatchStages {
    /// Builds the stages.
    ///
    /// - Parameters:
    ///   - pipeline: the pipeline whose stages are run.
    ///   - languageCheck: whether to refuse articles that do not read as Italian.
    ///   - stop: the flag that drops documents in flight; `nil` to never stop early.
    static func make(for pipeline: Pipeline, languageCheck: Bool, stop: StopFlag?) -> [any Stage] {
        var stages: [any Stage] = []
        for stage in pipeline.runner.stages {
            stages.append(stage)
            if languageCheck, stage.name == "decode" { stages.append(ItalianLanguageCheck()) }
        }
        guard let stop else { return stages }
        return stages.map { InterruptibleStage(stage: $0, stop: stop) }
    }

    /// A runner over `stages` with the pipeline's channel capacity and replica limit.
    static func runner(for pipeline: Pipeline, stages: [any Stage]) -> PipelineRunner {
        PipelineRunner(stages: stages, channelCapacity: pipeline.runner.channelCapacity, maxReplicas: pipeline.runner.maxReplicas)
    }
}
