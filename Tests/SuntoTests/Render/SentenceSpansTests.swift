import Testing

@testable import Sunto

/// Where terms and repairs sit in the sentences of a brief.
@Suite struct SentenceSpansTests {
    /// "Il sindaco dell'UE incontra i sindaci." with terms at known offsets, after a first sentence.
    private func document(english: String = "") -> Document {
        let first = "Prima."
        let second = "Il sindaco dell'UE incontra i sindaci à Roma."
        var document = Document(text: first + " " + second)
        document.normalizedText = first + " " + second
        let start = first.unicodeScalars.count + 1
        document.sentences = [
            Sentence(id: 0, text: first, start: 0, end: start - 1),
            Sentence(id: 1, text: second, start: start, end: start + second.unicodeScalars.count),
        ]
        func at(_ word: String, _ plural: Bool = false) -> TermUse.Occurrence {
            let offset = second.unicodeScalars.firstRange(of: word.unicodeScalars)!.lowerBound
            let local = second.unicodeScalars.distance(from: second.unicodeScalars.startIndex, to: offset)
            return .init(sentence: 1, start: start + local, end: start + local + word.unicodeScalars.count, text: word, plural: plural)
        }
        document.terms = [
            TermUse(it: "sindaco", en: "mayor", glossary: "g", occurrences: [at("sindaco"), at("sindaci", true)], enPlural: "mayors"),
            TermUse(it: "UE", en: "EU", glossary: "g", occurrences: [at("UE")]),
            TermUse(it: "Roma", en: "Rome", glossary: "g", occurrences: [at("Roma")]),
        ]
        document.repairs = [
            Repair(rule: "accent-apostrophe", before: "a'", after: "à", offset: at("à").start),
            Repair(rule: "html-entities", before: "&nbsp;", after: " ", offset: start + 2),
            Repair(rule: "name-variants", before: "Rooma", after: "Roma", offset: at("Roma").start),
            Repair(rule: "doubled-word", before: "incontra incontra", after: "incontraI", offset: at("incontra").start),
        ]
        document.brief.it = [BriefSentence(text: second, sourceSentence: 1, score: 1)]
        return document
    }

    private func texts(_ text: String, _ spans: [SentenceSpans.Span]) -> [String] {
        SentenceSpans.pieces(of: text, spans).compactMap { $0.span == nil ? nil : $0.text }
    }

    @Test func italianTermsComeFromTheOccurrenceOffsets() {
        let document = document()
        let text = document.brief.it[0].text
        let spans = SentenceSpans(document: document).italian(text, source: 1)
        #expect(texts(text, spans) == ["sindaco", "UE", "sindaci", "à", "Roma"])
        #expect(spans.map(\.kind) == [.term(0), .term(1), .term(0), .repair(0), .term(2)], "a term wins over a repair on the same word")
    }

    @Test func italianTermsAreFoundByTextWhenTheSentenceWasChanged() {
        let document = document()
        let text = "Oggi il sindaco dell'UE incontra i sindaci à Roma."
        let spans = SentenceSpans(document: document).italian(text, source: 1)
        #expect(texts(text, spans) == ["sindaco", "UE", "sindaci", "Roma"])
    }

    @Test func englishTermsAreTheExactTargetsAsWholeWords() {
        let document = document()
        let text = "The EUR mayor of the EU meets the mayors in Rome."
        let spans = SentenceSpans(document: document).english(text, source: 1)
        #expect(texts(text, spans) == ["mayor", "EU", "mayors", "Rome"])
    }

    @Test func englishTermOpeningASentenceIsCapitalised() {
        let document = document()
        let text = "Mayor and mayors, EU."
        #expect(texts(text, SentenceSpans(document: document).english(text, source: 1)) == ["Mayor", "mayors", "EU"])
    }

    @Test func englishWithoutTheTargetsHasNoMarks() {
        let document = document()
        #expect(SentenceSpans(document: document).english("Nothing to see.", source: 1).isEmpty)
        #expect(SentenceSpans(document: document).english("Anything", source: 9).isEmpty)
    }

    @Test func longerSpansWinOverShorterOverlappingOnes() {
        let spans = SentenceSpans.resolve([
            .init(range: 0..<5, kind: .term(0)),
            .init(range: 0..<12, kind: .term(1)),
            .init(range: 12..<14, kind: .term(2)),
            .init(range: 13..<16, kind: .repair(0)),
            .init(range: 20..<22, kind: .repair(1)),
        ])
        #expect(spans.map(\.kind) == [.term(1), .term(2), .repair(1)])
    }

    @Test func repairsOfWhiteSpaceOrNoLongerInTheTextAreNotMarked() {
        let document = document()
        let spans = SentenceSpans(document: document).repairSpans(in: document.sentences[1])
        #expect(spans.map(\.kind) == [.repair(0), .repair(2)])
    }
}
