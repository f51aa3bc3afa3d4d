/// The curated Italian→English glossaries shipped with sunto (glossaries/it-en/*.tsv), built into
/// the binary so they work wherever it is installed.
public enum BuiltInGlossaries {
    private static let parsed: Result<[Glossary], SuntoError> = {
        var glossaries: [Glossary] = []
        for (name, text) in files {
            do throws(SuntoError) {
                glossaries.append(try GlossaryLoader.parse(Array(text.utf8), path: "glossaries/it-en/\(name)", priority: 0))
            } catch {
                return .failure(error)
            }
        }
        return .success(glossaries)
    }()

    /// Every built-in glossary, parsed once.
    ///
    /// - Throws: the parse error of a malformed built-in glossary (a test keeps them clean).
    public static func all() throws(SuntoError) -> [Glossary] {
        try parsed.get()
    }
}
