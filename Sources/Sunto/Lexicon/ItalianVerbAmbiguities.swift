extension ItalianVerbLexicon {
    /// Finite forms that in news text are more often something else, split at first use.
    static let ambiguousFormSource = """
    parte porta sei
    """
}
