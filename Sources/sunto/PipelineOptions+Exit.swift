import Sunto

extension PipelineOptions {
    /// The pipeline these options describe; a bad pipeline, glossary or option is reported as
    /// `sunto: message` and ends the process with its exit code.
    func pipelineOrExit() -> Pipeline {
        do {
            return try makePipeline()
        } catch {
            Diagnostics.fail(error)
        }
    }
}
