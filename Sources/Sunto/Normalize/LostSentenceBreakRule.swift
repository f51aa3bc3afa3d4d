/// Repairs a sentence break lost in translation or scraping, where a capitalised word that
/// normally opens a sentence ("Si", "Una", "Senza", "Il", "Ma" …) stands in mid-sentence,
/// followed by lowercase text: "… tra Stati Uniti e Turchia Ucraina Si prevede che …".
///
/// Two repairs are possible and the rule chooses by grammar: when the words before it, back to
/// the previous sentence break, form a clause (they hold a finite verb), the full stop was lost
/// and is put back ("Ucraina. Si prevede"); when they are a verbless fragment, the capital was the
/// artifact and is lowered ("Volodymyr Zelensky si incontrerà", "la guerra russo-ucraina senza
/// spiegare come"). Capitalised openers followed by another capitalised word are names or titles
/// ("La Stampa", "Il Sole 24 Ore", "Ignazio La Russa") and are left alone.
struct LostSentenceBreakRule: WordRule {
    let name = "lost-sentence-break"

    /// Closed-class words that open Italian sentences; never names on their own.
    static let openers: Set<String> = [
        "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "si", "ci", "vi", "ne", "lui", "lei", "loro",
        "egli", "essa", "esso", "essi", "questo", "questa", "questi", "queste", "quello", "quella", "quelli",
        "ciò", "tale", "tali", "ma", "e", "ed", "però", "tuttavia", "inoltre", "anche", "infatti", "quindi",
        "dunque", "poi", "oggi", "ieri", "domani", "ora", "già", "non", "mentre", "secondo", "dopo", "prima",
        "senza", "per", "con", "nel", "nella", "nei", "nelle", "dal", "dalla", "dai", "sul", "sulla", "al",
        "alla", "del", "della", "tra", "fra", "come", "quando", "se", "sebbene", "benché", "perché", "che",
        "chi", "dove", "cosa", "qui", "intanto", "allora", "invece", "eppure", "oltre", "durante", "nessuno",
        "ogni", "tutti", "tutto", "molti", "alcuni", "nonostante", "finora", "sarà", "è", "ha", "hanno", "sono",
    ]

    func edits(in text: [Unicode.Scalar], words: [WordSpan]) -> [Edit] {
        let spans = words
        var edits: [Edit] = []
        for position in spans.indices.dropFirst() {
            let span = spans[position]
            // Cheapest checks first: most capitals open a sentence or are names among names.
            guard span.isCapitalized,
                precededByWord(span, previous: spans[position - 1], in: text),
                position + 1 < spans.count, followsDirectly(spans[position + 1], after: span, in: text),
                spans[position + 1].isLowercase(in: text),
                Self.openers.contains(span.string(in: text).lowercased())
            else { continue }
            let clause = clauseWords(before: position, spans: spans, in: text)
            guard !clause.isEmpty else { continue }
            let start = span.range.lowerBound
            let previousEnd = spans[position - 1].range.upperBound
            let before = Array(text[spans[position - 1].range])
            if ItalianVerbLexicon.hasFiniteVerb(clause) {
                let after = Array(text[span.range])
                edits.append(Edit(previousEnd..<start, ". ", context: Edit.Context(before: before, after: after)))
            } else {
                let lowered = Array(scalarsOf: span.string(in: text).lowercased())
                var context = Edit.Context(before: before + Array(text[previousEnd..<start]), after: [])
                context.after = Array(text[span.range.upperBound..<spans[position + 1].range.upperBound])
                edits.append(Edit(span.range, scalars: lowered, context: context))
            }
        }
        return edits
    }

    /// The next word follows after spaces only (no punctuation between).
    private func followsDirectly(_ next: WordSpan, after span: WordSpan, in text: [Unicode.Scalar]) -> Bool {
        let gap = text[span.range.upperBound..<next.range.lowerBound]
        return !gap.isEmpty && gap.allSatisfy(\.isSpace)
    }

    /// The previous word stands right before, separated by spaces only, on the same line.
    private func precededByWord(_ span: WordSpan, previous: WordSpan, in text: [Unicode.Scalar]) -> Bool {
        let gap = text[previous.range.upperBound..<span.range.lowerBound]
        return !gap.isEmpty && gap.allSatisfy(\.isSpace)
    }

    /// The lowercased words from the previous sentence break (or line start) up to `position`.
    private func clauseWords(before position: Int, spans: [WordSpan], in text: [Unicode.Scalar]) -> [String] {
        var words: [String] = []
        var index = position - 1
        while index >= 0 {
            let span = spans[index]
            words.append(span.string(in: text).lowercased())
            if text.startsSentence(at: span.range.lowerBound) { break }
            index -= 1
        }
        return words.reversed()
    }
}
