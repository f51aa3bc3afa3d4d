/// The facts about an article that the Markdown and plain-text briefs show under the title:
/// where it came from, who wrote it when, and what sunto found in it.
enum BriefFacts {
    /// One named fact.
    struct Fact: Equatable {
        var name: String
        var value: String
    }

    /// The facts of `document`, in display order; facts the input does not carry are left out.
    static func of(_ document: Document) -> [Fact] {
        let metadata = document.metadata
        var facts = [Fact(name: "Source", value: document.source.path)]
        let optional = [("Site", metadata.site), ("Date", metadata.date), ("Author", metadata.byline)]
        for (name, value) in optional {
            if let value, !value.isEmpty { facts.append(Fact(name: name, value: value)) }
        }
        facts.append(Fact(name: "Sentences", value: "\(document.sentences.count), \(document.brief.it.count) in the brief"))
        if !document.terms.isEmpty { facts.append(Fact(name: "Glossary terms", value: String(document.terms.count))) }
        if !document.repairs.isEmpty { facts.append(Fact(name: "Repairs", value: String(document.repairs.count))) }
        return facts
    }

    /// The glossary terms that occur in the sentences of the brief, in glossary-match order.
    static func termsInBrief(_ document: Document) -> [TermUse] {
        let chosen = Set(document.brief.it.map(\.sourceSentence))
        return document.terms.filter { term in term.occurrences.contains { chosen.contains($0.sentence) } }
    }
}
