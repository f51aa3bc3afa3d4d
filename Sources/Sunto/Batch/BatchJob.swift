/// What a batch does: which folder, where to, in which formats, and how to pick and redo inputs.
public struct BatchJob: Sendable {
    /// The input folder.
    public var input: String
    /// The output folder, created when missing.
    public var output: String
    /// The formats written for each article (at least one).
    public var formats: [OutputFormat]
    /// Files must match one of these, when any are given (see ``GlobPattern``).
    public var include: [GlobPattern]
    /// Files and folders matching one of these are left out.
    public var exclude: [GlobPattern]
    /// Redo every input, even those whose outputs are up to date.
    public var force: Bool
    /// Refuse articles that do not read as Italian (see ``ItalianLanguageCheck``).
    public var languageCheck: Bool
    /// Count the inputs before starting, so that progress has a total and an ETA.
    public var countFirst: Bool

    /// Creates a job.
    public init(
        input: String,
        output: String,
        formats: [OutputFormat] = [.md],
        include: [GlobPattern] = [],
        exclude: [GlobPattern] = [],
        force: Bool = false,
        languageCheck: Bool = true,
        countFirst: Bool = false
    ) {
        self.input = input
        self.output = output
        self.formats = formats
        self.include = include
        self.exclude = exclude
        self.force = force
        self.languageCheck = languageCheck
        self.countFirst = countFirst
    }

    /// The folder walk this job describes.
    var walker: FolderWalker {
        FolderWalker(root: input, include: include, exclude: exclude, skipping: [output])
    }
}
