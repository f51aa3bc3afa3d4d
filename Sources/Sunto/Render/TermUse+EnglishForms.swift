extension TermUse {
    /// The English term as a glossary table shows it: "agreement", or "minister, ministers"
    /// when the plural is a form of its own.
    var englishForms: String {
        enPlural == en ? en : "\(en), \(enPlural)"
    }
}
