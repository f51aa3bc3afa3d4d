/// The curated Italian→English glossaries shipped with sunto (glossaries/it-en/*.tsv), built into
/// the binary so they work wherever it is installed.
public enum BuiltInGlossaries {
    /// The glossaries as loaded, read back from the snapshot written by `scripts/embed-glossaries`
    /// (a test keeps it equal to what the TSV files give).
    static let snapshot = GlossarySnapshot(decoding: snapshotText)

    /// The matching index of the built-in glossaries, rebuilt once from the snapshot's forms and
    /// trie tables.
    static let index = snapshot.map { GlossaryIndex(entries: $0.entries, heads: $0.formHeads, tokens: $0.formTokens, trie: $0.trie) }

    /// Reads the built-in glossaries and builds their index now, so that a pipeline made later
    /// finds them ready (the command line does this on another core while it parses options).
    public static func prepare() {
        _ = index
        _ = exactTerms
    }

    /// Reads the snapshot and rebuilds the index afresh, the work every start does once (for
    /// the start-up benchmarks); `walkingForms` builds the trie by walking every form instead
    /// of reading it. Returns the number of trie nodes.
    public static func loadAfresh(walkingForms: Bool = false) -> Int {
        guard let snapshot = GlossarySnapshot(decoding: snapshotText) else { return 0 }
        let index = walkingForms ? GlossaryIndex(entries: snapshot.entries, forms: snapshot.forms ?? [])
            : GlossaryIndex(entries: snapshot.entries, heads: snapshot.formHeads, tokens: snapshot.formTokens, trie: snapshot.trie)
        return index.nodeCount
    }

    /// ``GlossarySet/exactTerms`` of the built-in glossaries alone.
    static let exactTerms = GlossarySet.exactTerms(of: snapshot?.entries ?? [])

    private static let parsed: Result<[Glossary], SuntoError> = {
        if let snapshot { return .success(snapshot.glossaries) }
        return parseFiles()
    }()

    /// Parses the embedded TSV files (what the snapshot is made from).
    static func parseFiles() -> Result<[Glossary], SuntoError> {
        var glossaries: [Glossary] = []
        for (name, text) in files {
            do throws(SuntoError) {
                glossaries.append(try GlossaryLoader.parse(Array(text.utf8), path: "glossaries/it-en/\(name)", priority: 0))
            } catch {
                return .failure(error)
            }
        }
        return .success(glossaries)
    }

    /// Every built-in glossary, parsed once.
    ///
    /// - Throws: the parse error of a malformed built-in glossary (a test keeps them clean).
    public static func all() throws(SuntoError) -> [Glossary] {
        try parsed.get()
    }
}
