extension PipelineSpec {
    /// The `lead` pipeline (the first sentences (Lead-N baseline)); `pipelines/lead.yaml` holds the same text.
    static let leadYAML = """
        # The first sentences of the article: the Lead-N baseline every extractive method must beat.
        name: lead
        description: the first sentences (Lead-N baseline)
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
              weights: {position: 1.0}
              position-paragraph-bonus: 0
          - summarize:
              sentences: 3
              redundancy: 1
              avoid-dangling: false
          - translate:
              engine: builtin

        """
}
