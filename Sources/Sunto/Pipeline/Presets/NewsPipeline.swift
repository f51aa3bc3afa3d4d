extension PipelineSpec {
    /// The `news` pipeline (Italian news brief, by lead, centrality, headline overlap and facts, boilerplate penalised); `pipelines/news.yaml` holds the same text.
    static let newsYAML = """
        # sunto's best pipeline for Italian news, and the default: lead bias, the closing paragraph,
        # centrality, headline overlap and information density, with penalties for boilerplate, fragments
        # and quotations. Weights chosen by leave-one-out cross-validation (scripts/tune-weights).
        name: news
        description: Italian news brief, by lead, centrality, headline overlap and facts, boilerplate penalised
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

        """
}
