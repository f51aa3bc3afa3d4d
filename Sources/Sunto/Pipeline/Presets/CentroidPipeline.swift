extension PipelineSpec {
    /// The `centroid` pipeline (centroid similarity alone (TF-IDF)); `pipelines/centroid.yaml` holds the same text.
    static let centroidYAML = """
        # Centroid similarity alone: sentences closest to the article's TF-IDF centroid, for comparison.
        name: centroid
        description: centroid similarity alone (TF-IDF)
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
              weights: {centroid: 1.0}
          - summarize:
              sentences: 3
              redundancy: 0.5
          - translate:
              engine: builtin

        """
}
