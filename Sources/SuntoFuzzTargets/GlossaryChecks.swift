import Sunto

/// The glossary target: the first byte picks the format, the rest is the file; a glossary that
/// loads is then matched against a short text and its own terms.
enum GlossaryChecks {
    private static let paths = ["fuzz.tsv", "fuzz.csv", "fuzz.tbx"]
    private static let sample = "Il governo ha firmato l'accordo bilaterale con la banca centrale. Le forze armate sono in allerta."

    static func load(_ bytes: [UInt8]) -> [String] {
        guard let first = bytes.first else { return [] }
        let path = paths[Int(first) % paths.count]
        guard let glossary = try? GlossaryLoader.parse(Array(bytes.dropFirst()), path: path) else { return [] }
        let matcher = GlossaryMatcher(index: GlossaryIndex(entries: glossary.entries))
        let text = ([sample] + glossary.entries.prefix(50).flatMap { [$0.it] + $0.variants }).joined(separator: " e ")
        return TextInvariants.hitProblems(matcher.hits(inText: text), in: text)
    }
}
