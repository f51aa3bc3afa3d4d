/// Renders the `index.html` of a batch written with the `html` format: a row per brief of the
/// output folder (linking to its page) and per input that failed. ``HTMLIndexRenderer`` is the
/// page sunto ships.
///
/// The batch calls it once, at the end of a run that was not interrupted, with the briefs of
/// this run and those of earlier runs that are still up to date, then the failures of this run,
/// each group sorted by path.
public protocol BatchIndexPage: Sendable {
    /// The page.
    func render(_ entries: [BatchIndexEntry]) -> String
}

extension HTMLIndexRenderer: BatchIndexPage {}
