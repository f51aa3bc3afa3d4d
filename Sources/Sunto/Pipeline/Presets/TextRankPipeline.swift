extension PipelineSpec {
    /// The `textrank` pipeline (TextRank centrality alone (term overlap graph)); `pipelines/textrank.yaml` holds the same text.
    static let textrankYAML = """
        # TextRank alone: weighted PageRank over the overlap of Italian stems, for comparison.
        name: textrank
        description: TextRank centrality alone (term overlap graph)
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
              weights: {textrank: 1.0}
              textrank-similarity: overlap
          - summarize:
              sentences: 3
              redundancy: 0.5
          - translate:
              engine: builtin

        """
}
