/// What stages are built with besides their own options: the caller's settings and the
/// glossaries in force (loaded once per pipeline and shared by every stage that needs them).
public struct StageContext: Sendable {
    /// Settings from the command line or the library caller.
    public var settings: PipelineSettings
    /// The glossaries in force.
    public var glossaries: GlossarySet

    /// Creates a context.
    public init(settings: PipelineSettings = PipelineSettings(), glossaries: GlossarySet = GlossarySet()) {
        self.settings = settings
        self.glossaries = glossaries
    }
}
