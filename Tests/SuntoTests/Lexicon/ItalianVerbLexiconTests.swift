import Testing
@testable import Sunto

struct ItalianVerbLexiconTests {
    @Test(arguments: [
        "arriverà", "arrivarono", "arrivava", "arriverebbero", "arrivassimo",
        "negozierà", "firmò", "annuncia", "dichiarano", "spiegherà", "affermasse",
        "crede", "ricevette", "ripeterono", "temeva",
        "parte", "sentirono", "finisce", "finiscano", "capirà", "costruiva",
    ])
    func regularVerbsAreConjugatedInEveryTense(form: String) {
        #expect(ItalianVerbLexicon.isFiniteVerb(form))
    }

    @Test(arguments: [
        "cerchi", "cercheranno", "paghiamo", "pagherebbe", "indaghino",
        "cominci", "cominciò", "comincerà", "mangerà", "lasceremo",
        "studi", "studiamo", "tagliamo", "taglierà", "negoziamo",
    ])
    func spellingRulesKeepTheStemSound(form: String) {
        #expect(ItalianVerbLexicon.isFiniteVerb(form))
    }

    @Test(arguments: ["cercierà", "cerciamo", "pagiamo", "cominciiamo", "mangierà", "studiiamo"])
    func misspelledStemsAreNotGenerated(form: String) {
        #expect(!ItalianVerbLexicon.isFiniteVerb(form))
    }

    @Test(arguments: [
        "è", "sono", "fosse", "sarebbero", "furono", "ha", "abbia", "avrebbe", "ebbero",
        "fa", "fecero", "facevano", "dice", "dissero", "diciamo", "va", "vadano", "andrà",
        "vennero", "verrà", "può", "potrebbe", "deve", "debba", "dovranno", "vuole", "vorrebbe",
        "sappia", "seppe", "stette", "stiano", "diede", "dessero", "rimase", "rimarrà",
        "tiene", "sostengono", "mantenne", "posero", "propone", "impose", "trae", "trassero",
        "tradusse", "produce", "ridurrà", "beve", "muore", "morirono", "esce", "riesce",
        "scelse", "accolse", "tolse", "vale", "parve", "piacque", "nacque", "visse",
        "chiuse", "prese", "mise", "decise", "rispose", "scrisse", "lesse", "corse",
        "perse", "vinse", "chiese", "previde", "avvenne", "interruppe", "rifà",
    ])
    func irregularVerbsAndTheirCompoundsAreConjugated(form: String) {
        #expect(ItalianVerbLexicon.isFiniteVerb(form))
    }

    @Test(arguments: [
        "accordo", "presidente", "ucraino", "guerra", "russo-ucraina", "stati", "uniti",
        "firmato", "firmare", "firmando", "fatto", "essere", "avendo", "prodotto",
        "e", "il", "la", "di", "da", "a", "come", "dopo", "mentre", "contro", "circa", "po'",
    ])
    func nonVerbsAreNotFiniteVerbs(word: String) {
        #expect(!ItalianVerbLexicon.isFiniteVerb(word))
        #expect(!ItalianVerbLexicon.isUnambiguousFiniteVerb(word))
    }

    @Test(arguments: [
        "parte", "porta", "sei", "fa", "governo", "lavoro", "legge", "entro", "usa",
        "arrivate", "firmate", "state", "prese", "uccisi", "spese", "dai", "danno",
    ])
    func formsThatAreAlsoCommonNounsOrParticiplesAreAmbiguous(word: String) {
        #expect(ItalianVerbLexicon.isFiniteVerb(word))
        #expect(!ItalianVerbLexicon.isUnambiguousFiniteVerb(word))
    }

    @Test(arguments: [
        "arriva", "sarà", "ha", "è", "era", "può", "sono", "tratta", "decise", "dissero",
    ])
    func clearVerbFormsAreUnambiguous(word: String) {
        #expect(ItalianVerbLexicon.isUnambiguousFiniteVerb(word))
    }

    @Test(arguments: [
        "l'ha", "l'hanno", "c'è", "c'erano", "s'è", "n'ha", "m'ha", "dov'è", "com'era", "cos'è",
        "dev'essere", "vuol",
        "È", "E'", "c'e'", "puo'", "sara'", "poté", "Arriva,", "«arriva»",
    ])
    func elisionsCasesAndTypedAccentsAreLookedThrough(word: String) {
        #expect(ItalianVerbLexicon.isUnambiguousFiniteVerb(word))
    }

    @Test(arguments: [
        "l'accordo", "dell'accordo", "un'altra", "d'accordo", "all'arrivo", "l'", "dov'",
    ])
    func elidedArticlesAndPrepositionsDoNotMakeAVerb(word: String) {
        #expect(!ItalianVerbLexicon.isUnambiguousFiniteVerb(word))
    }

    @Test(arguments: [
        ("L'accordo arriva dopo mesi di trattative tra Stati Uniti e Turchia", true),
        ("Il presidente Joe Biden e il presidente ucraino Volodymyr Zelensky", false),
        ("La guerra russo-ucraina", false),
        ("L'accordo tra Stati Uniti e Ucraina sarà di 15", true),
        ("Il governo l'ha firmato ieri", true),
        ("La firma dell'accordo a Roma, due anni fa", false),
    ])
    func clausesHaveAFiniteVerbAndFragmentsDoNot(text: String, isClause: Bool) {
        let words = text.lowercased().split(separator: " ").map(String.init)
        #expect(ItalianVerbLexicon.hasFiniteVerb(words) == isClause)
    }

    @Test func builtInDataConjugatesWithoutErrors() throws {
        let table = try ItalianVerbFormTable.build()
        #expect(table.lemmaCount > 700)
        #expect(table.finiteForms.count == ItalianVerbLexicon.formCount)
        #expect(table.ambiguousForms.isSubset(of: table.finiteForms))
    }

    @Test func everyListedAmbiguousWordIsAFiniteForm() {
        let listed = ItalianVerbLexicon.ambiguousFormSource.split(whereSeparator: \.isWhitespace)
        let unknown = listed.map(String.init).filter { !ItalianVerbLexicon.isFiniteVerb($0) }
        #expect(unknown.isEmpty, "no lemma generates these, so the entries do nothing: \(unknown)")
    }

    @Test func dataErrorsSayWhichEntryIsWrong() {
        #expect(throws: ItalianVerbDataError.self) {
            try ItalianIrregularVerb(entry: "dire: pi dico dici dice")
        }
        let error = ItalianVerbDataError.unknownBase(compound: "ri|fxre", base: "fxre")
        #expect(error.description.contains("ri|fxre"))
    }
}
