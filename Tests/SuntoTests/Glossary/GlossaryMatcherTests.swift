import Testing

@testable import Sunto

/// A small glossary written for the tests.
private let entries: [GlossaryEntry] = [
    GlossaryEntry(it: "accordo bilaterale", en: "bilateral agreement", partOfSpeech: "noun"),
    GlossaryEntry(it: "accordo", en: "agreement", partOfSpeech: "noun"),
    GlossaryEntry(it: "forza armata", en: "armed force", partOfSpeech: "noun"),
    GlossaryEntry(it: "alleato tedesco", en: "German ally", partOfSpeech: "noun"),
    GlossaryEntry(it: "banca centrale", en: "central bank", partOfSpeech: "noun"),
    GlossaryEntry(it: "consiglio", en: "council", partOfSpeech: "noun"),
    GlossaryEntry(it: "Ucraina", en: "Ukraine", partOfSpeech: "propn", casePolicy: .exact),
    GlossaryEntry(it: "intelligence", en: "intelligence", partOfSpeech: "noun"),
    GlossaryEntry(it: "Unione europea", en: "European Union", partOfSpeech: "propn", casePolicy: .exact),
    GlossaryEntry(it: "guerra russo-ucraina", en: "Russia-Ukraine war", partOfSpeech: "noun"),
    GlossaryEntry(it: "Zelensky", en: "Zelensky", variants: ["Zelenskyj", "Zelenskij"], partOfSpeech: "propn", casePolicy: .exact),
    GlossaryEntry(it: "Consiglio di sicurezza", en: "UN Security Council", partOfSpeech: "propn", casePolicy: .exact),
    GlossaryEntry(it: "governo", en: "government", partOfSpeech: "noun"),
    GlossaryEntry(it: "Camera", en: "Chamber of Deputies", partOfSpeech: "propn", casePolicy: .exact),
    GlossaryEntry(it: "maggioranza", en: "majority", partOfSpeech: "noun"),
    GlossaryEntry(it: "crisi", en: "crisis", enPlural: "crises", partOfSpeech: "noun"),
]

@Suite struct GlossaryMatcherTests {
    let matcher = GlossaryMatcher(index: GlossaryIndex(entries: entries))

    private func found(_ text: String) -> [(String, String)] {
        matcher.hits(inText: text).map { (entries[$0.entry].it, $0.surface) }
    }

    @Test(arguments: [
        ("Firmati due accordi bilaterali a Roma.", "accordo bilaterale", "accordi bilaterali"),
        ("L'accordo bilaterale è pronto.", "accordo bilaterale", "accordo bilaterale"),
        ("Le forze armate sono in allerta.", "forza armata", "forze armate"),
        ("Gli alleati tedeschi hanno risposto.", "alleato tedesco", "alleati tedeschi"),
        ("Le banche centrali alzano i tassi.", "banca centrale", "banche centrali"),
        ("I consigli comunali si riuniscono.", "consiglio", "consigli"),
        ("Il sostegno dell'Ucraina resta forte.", "Ucraina", "Ucraina"),
        ("Nuovi fondi sull'intelligence militare.", "intelligence", "intelligence"),
        ("Il voto nell'Unione europea è previsto.", "Unione europea", "Unione europea"),
        ("La guerra russo-ucraina continua.", "guerra russo-ucraina", "guerra russo-ucraina"),
        ("La guerra russo ucraina continua.", "guerra russo-ucraina", "guerra russo ucraina"),
        ("Ieri Zelenskyj ha parlato.", "Zelensky", "Zelenskyj"),
        ("L’accordo è firmato.", "accordo", "accordo"),
        ("Le crisi si moltiplicano.", "crisi", "crisi"),
    ] as [(String, String, String)])
    func inflectedElidedAndVariantFormsAreFound(_ text: String, _ term: String, _ surface: String) {
        #expect(found(text).contains { $0.0 == term && $0.1 == surface }, "\(found(text))")
    }

    @Test func theLongestTermWins() {
        #expect(found("L'accordo bilaterale e un altro accordo.").map(\.0) == ["accordo bilaterale", "accordo"])
    }

    @Test(arguments: [
        "Il disaccordo è evidente.",                 // inside another word
        "Si sono accordati ieri sera.",              // a verb sharing the stem
        "Il governatore ha parlato.",                // a derived word sharing the stem
        "Vogliono governare da soli.",               // the verb of 'governo'
        "La camera da letto era vuota.",             // case policy exact
        "Il Consiglio di sicurezza nazionale si riunisce.",  // a lowercase continuation still matches
        "La maggiore parte dei voti.",               // stem shared with 'maggioranza'
        "L'ucraina Olena è arrivata.",               // lowercase where the name must be capitalised
    ])
    func falseFriendsOfTheTermsAreNotHits(_ text: String) {
        let allowed: Set<String> = text.contains("Consiglio di sicurezza") ? ["Consiglio di sicurezza"] : []
        let hits = Set(found(text).map(\.0))
        #expect(hits.subtracting(allowed).isEmpty, "\(hits)")
    }

    @Test func termsNeverSpanASentenceBoundary() {
        let sentences = SentenceSplitter().split("Hanno schierato una forza. Armata la polizia, è partita.")
        #expect(sentences.count == 2)
        #expect(matcher.hits(in: sentences).isEmpty)
    }

    /// `Consigli` inside a sentence, or `CONSIGLI` in a dateline, only resembles an inflected
    /// form of the one-word lowercase term: it is a name. At a sentence's start, in lowercase,
    /// or as a term of several words (an institution), it matches.
    @Test func aCapitalisedInflectedFormInsideASentenceIsAName() {
        #expect(found("È nato a Consigli.").isEmpty)
        #expect(found("CONSIGLI – Il ministro ha parlato.").isEmpty)
        #expect(found("Consigli di fabbrica in allerta.").map(\.1) == ["Consigli"])
        #expect(found("Due consigli straordinari.").map(\.1) == ["consigli"])
        #expect(found("Arrivano le Forze armate.").map(\.1) == ["Forze armate"])
    }

    /// Words that only share a term's key are told apart from their letters: "di", "del" and
    /// "Dia" reach the acronym "DIA" (an exact term) and are not it. A word beyond ASCII is
    /// compared as text, so a canonical equivalent of the term (a decomposed accent) is a hit,
    /// and a typographic apostrophe is the straight one.
    @Test func exactTermsAreComparedAsWrittenAndAsCanonicalText() {
        let glossary = [
            GlossaryEntry(it: "DIA", en: "Anti-Mafia Investigation Directorate", partOfSpeech: "propn", casePolicy: .exact),
            GlossaryEntry(it: "Società", en: "Company", partOfSpeech: "propn", casePolicy: .exact),
            GlossaryEntry(it: "Sant'Egidio", en: "Sant'Egidio", partOfSpeech: "propn", casePolicy: .exact),
            GlossaryEntry(it: "regione", en: "region", partOfSpeech: "noun"),
        ]
        let matcher = GlossaryMatcher(index: GlossaryIndex(entries: glossary))
        let found = { (text: String) in matcher.hits(inText: text).map { glossary[$0.entry].it + "=" + $0.surface } }
        #expect(found("Il capo della Dia e il direttore dei servizi di sicurezza.").isEmpty)
        #expect(found("Un'indagine della DIA di Palermo.") == ["DIA=DIA"])
        #expect(found("La Societa\u{300} ha chiuso.") == ["Società=Societa\u{300}"])
        #expect(found("La società ha chiuso.").isEmpty)
        #expect(found("La comunità di Sant’Egidio.") == ["Sant'Egidio=Sant’Egidio"])
        #expect(found("La Regione e le regioni.") == ["regione=Regione", "regione=regioni"])
    }

    @Test func aCapitalisedNameFollowedByAnotherCapitalisedWordIsALongerName() {
        #expect(!found("Il Consiglio di sicurezza Nazionale degli Usa.").contains { $0.0 == "Consiglio di sicurezza" })
    }

    @Test(arguments: [
        ("Le forze armate", true),
        ("La forza armata", false),
        ("Le crisi", true),
        ("Gli accordi bilaterali", true),
        ("L'accordo bilaterale", false),
    ] as [(String, Bool)])
    func pluralIsDetectedFromEndingsAndDeterminers(_ text: String, _ plural: Bool) {
        #expect(matcher.hits(inText: text).first?.plural == plural)
    }

    @Test func hitsNeverOverlapAndSliceTheText() {
        let text = "Gli accordi bilaterali dell'Unione europea con l'Ucraina e le forze armate."
        let hits = matcher.hits(inText: text)
        let scalars = Array(text.unicodeScalars)
        for (a, b) in zip(hits, hits.dropFirst()) { #expect(a.end <= b.start) }
        for hit in hits { #expect(String(String.UnicodeScalarView(scalars[hit.start..<hit.end])) == hit.surface) }
        #expect(hits.count == 4)
    }

    @Test func englishTakesThePluralWhenTheItalianIsPlural() {
        #expect(entries[2].english(plural: true) == "armed forces")
        #expect(entries[15].english(plural: true) == "crises")
        #expect(GlossaryEntry(it: "consiglio dei ministri", en: "Council of Ministers", partOfSpeech: "noun").english(plural: true) == "Councils of Ministers")
        #expect(entries[6].english(plural: true) == "Ukraine")
    }

    /// A term its note marks plural-only or uncountable keeps its English as written.
    @Test func aPluralOnlyOrUncountableTermKeepsItsEnglish() {
        #expect(GlossaryEntry(it: "fasce di garanzia", en: "guaranteed service hours", partOfSpeech: "noun", note: "plural-only")
            .english(plural: true) == "guaranteed service hours")
        #expect(GlossaryEntry(it: "ricavi", en: "revenue", partOfSpeech: "noun", note: "plural-only in Italian")
            .english(plural: true) == "revenue")
        #expect(GlossaryEntry(it: "entrata fiscale", en: "tax revenue", partOfSpeech: "noun", note: "uncountable in English")
            .english(plural: true) == "tax revenue")
        #expect(GlossaryEntry(it: "fonte rinnovabile", en: "renewable source", partOfSpeech: "noun").english(plural: true) == "renewable sources")
    }
}
