extension PipelineSpec {
    /// The `lexrank` pipeline (LexRank centrality alone (TF-IDF cosine graph)); `pipelines/lexrank.yaml` holds the same text.
    static let lexrankYAML = """
        # LexRank alone: PageRank over TF-IDF cosine similarity of Italian stems, for comparison.
        name: lexrank
        description: LexRank centrality alone (TF-IDF cosine graph)
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
              weights: {lexrank: 1.0}
              lexrank-similarity: tfidf
              lexrank-threshold: 0.1
          - summarize:
              sentences: 3
              redundancy: 0.5
          - translate:
              engine: builtin

        """
}
