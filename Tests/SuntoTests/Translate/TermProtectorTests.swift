import Testing

@testable import Sunto

/// Glossary terms go through any engine as placeholders and come back as the glossary's exact
/// English, fitted to the words the engine put around them.
struct TermProtectorTests {
    private let protector = TermProtector()

    /// A sentence of `text` (id 0, offsets from 0) with the given terms, each occurring once
    /// where its Italian is found.
    private func protect(_ text: String, _ terms: [(it: String, en: String, pos: String?)]) -> TermProtector.Protected {
        let sentence = Sentence(id: 0, text: text, start: 0, end: text.unicodeScalars.count)
        let uses = terms.map { term in
            let start = text.unicodeScalars.distance(
                from: text.unicodeScalars.startIndex, to: text.range(of: term.it)!.lowerBound.samePosition(in: text.unicodeScalars)!)
            let occurrence = TermUse.Occurrence(sentence: 0, start: start, end: start + term.it.unicodeScalars.count, text: term.it)
            return TermUse(it: term.it, en: term.en, glossary: "test", occurrences: [occurrence], partOfSpeech: term.pos)
        }
        return protector.protect(sentence, terms: uses)
    }

    @Test func occurrencesAreGroupedBySentenceAndLimitedToTheSentencesAsked() {
        let occurrences = [(0, 3, 10), (2, 40, 47), (5, 90, 97), (2, 60, 67)].map {
            TermUse.Occurrence(sentence: $0.0, start: $0.1, end: $0.2, text: "governo")
        }
        let terms = [TermUse(it: "governo", en: "government", glossary: "test", occurrences: occurrences, partOfSpeech: "noun")]
        let all = TermProtector.occurrencesBySentence(terms)
        #expect(all.keys.sorted() == [0, 2, 5])
        #expect(all[2]?.map(\.start) == [40, 60])
        let some = TermProtector.occurrencesBySentence(terms, in: [2, 7])
        #expect(some.keys.sorted() == [2])
        #expect(some[2]?.map(\.start) == [40, 60])
        #expect(some[2]?.map(\.english) == all[2]?.map(\.english))
        #expect(TermProtector.occurrencesBySentence(terms, in: []).isEmpty)
    }

    @Test func termsBecomePlaceholdersAndAdjectivesHaveTheirOwnShape() {
        let protected = protect("Il governo italiano ha deciso.", [("governo", "government", "noun"), ("italiano", "Italian", "adj")])
        #expect(protected.text == "Il ZZT1ZZ ZZA2ZZ ha deciso.")
        #expect(protector.restore("The ZZA2ZZ ZZT1ZZ decided.", protected).text == "The Italian government decided.")
    }

    @Test func anAdjectiveTheNextTermHoldsIsDropped() {
        let protected = protect("La Marina militare italiana è partita.", [("Marina militare", "Italian Navy", "propn"), ("italiana", "Italian", "adj")])
        #expect(protector.restore("The ZZA2ZZ ZZT1ZZ left.", protected).text == "The Italian Navy left.")
        #expect(protector.restore("The ZZT1ZZ ZZA2ZZ left.", protected).text == "The Italian Navy left.")
    }

    @Test func aWordTheEngineRepeatsBeforeATermIsDropped() {
        let protected = protect("La Marina militare italiana è partita.", [("Marina militare", "Italian Navy", "propn")])
        #expect(protector.restore("The Italian ZZT1ZZ left.", protected).text == "The Italian Navy left.")
    }

    @Test func theIndefiniteArticleFollowsTheTerm() {
        let protected = protect("Un'agenzia ha firmato un accordo.", [("agenzia", "EU agency", "noun"), ("accordo", "agreement", "noun")])
        #expect(protector.restore("A ZZT1ZZ signed a ZZT2ZZ.", protected).text == "An EU agency signed an agreement.")
    }

    @Test func aTermTheEngineLostIsAppended() {
        let protected = protect("Il governo ha deciso.", [("governo", "government", "noun")])
        let (text, lost) = protector.restore("It decided.", protected)
        #expect(text == "It decided. [government]")
        #expect(lost == ["government"])
    }
}
