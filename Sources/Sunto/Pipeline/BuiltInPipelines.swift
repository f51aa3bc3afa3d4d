extension PipelineSpec {
    /// The pipelines that ship inside the binary, by name; `pipelines/NAME.yaml` in the source
    /// tree holds the same text (a test keeps them equal).
    public static let builtInYAML: [String: String] = [
        "default": """
            # sunto's default pipeline: plain text in, Italian and English brief out.
            name: default
            description: Italian news brief with English rendering by the built-in engine
            stages:
              - decode:
                  max-bytes: 16777216
              - normalize:
                  quotes: guillemets
                  apostrophes: straight
                  repairs: [html-entities, hyphenated-line-break, accent-apostrophe, glued-number, glued-words, doubled-word, lost-sentence-break, calendar-case, glossary-variants, name-variants]
              - segment
              - glossary:
                  builtin: true
                  files: []
              - score:
                  weights: {position: 1.0, closing: 0.25, textrank: 0.25, title: 0.3, density: 0.4, quotes: 0.3, boilerplate: 1.0, fragment: 0.5}
                  position-decay: 0.35
                  position-paragraph-bonus: 0.3
                  closing-decay: 0.3
              - summarize:
                  sentences: 3
                  redundancy: 0.5
                  diversity: 0
                  avoid-dangling: true
              - translate:
                  engine: builtin

            """,
        "news": newsYAML,
        "lead": leadYAML,
        "lexrank": lexrankYAML,
        "textrank": textrankYAML,
        "centroid": centroidYAML,
    ]

    /// A pipeline that ships inside the binary.
    ///
    /// - Throws: ``SuntoError/usage(_:)`` for an unknown name.
    public static func builtIn(named name: String) throws(SuntoError) -> PipelineSpec {
        guard let yaml = builtInYAML[name] else {
            throw .usage("no built-in pipeline '\(name)'; built in: \(builtInYAML.keys.sorted().joined(separator: ", "))")
        }
        return try parse(yaml: yaml, file: "pipelines/\(name).yaml")
    }
}
