import Testing

@testable import Sunto

/// The compiled lexicon tables: forms, words, phrases and irregular English forms.
struct BuiltinLexiconTests {
    @Test func formsGiveLemmaAndTags() {
        let readings = BuiltinLexicon.analyses(of: "impegni")
        #expect(readings.contains(ItalianAnalysis(lemma: "impegno", pos: "n", tags: ["m", "pl"])))
        #expect(readings.contains { $0.lemma == "impegnare" && $0.isFiniteVerb })
    }

    /// Verbs written by hand are conjugated like a model verb of the same ending; -giare loses
    /// its i before e, other -iare keep it.
    @Test(arguments: [("stanzia", "stanziare"), ("stanzierà", "stanziare"), ("fronteggerà", "fronteggiare"), ("stanziati", "stanziare")])
    func handWrittenVerbsHaveTheirForms(_ surface: String, _ lemma: String) {
        #expect(BuiltinLexicon.analyses(of: surface).contains { $0.lemma == lemma && $0.pos == "v" })
    }

    @Test func unknownKeysAreAbsent() {
        #expect(BuiltinLexicon.analyses(of: "zzzz").isEmpty)
        #expect(BuiltinLexicon.english(lemma: "zzzz", pos: "n") == nil)
        #expect(BuiltinLexicon.analyses(of: "").isEmpty)
    }

    @Test(arguments: [
        ("impegno", "n", "commitment"), ("trattativa", "n", "negotiation"), ("negozio", "n", "shop"),
        // News words the derived lexicon lacks, written by hand.
        ("reddito", "n", "income"), ("ritardo", "n", "delay"), ("scelta", "n", "choice"), ("procura", "n", "prosecutor's office"),
        ("stradale", "adj", "road"), ("ricavo", "n", "revenue"),
    ])
    func falseFriendsHaveTheirNewsSense(_ lemma: String, _ pos: String, _ english: String) {
        #expect(BuiltinLexicon.english(lemma: lemma, pos: pos) == english)
    }

    @Test func phrasesAndIrregularFormsAreFound() {
        #expect(BuiltinLexicon.phrase("a margine del") == "on the sidelines of the")
        #expect(BuiltinLexicon.phrase("a causa della") == "because of the")
        #expect(BuiltinLexicon.irregular("child", "pl") == "children")
        #expect(BuiltinLexicon.irregular("walk", "past") == nil)
    }

    @Test func theFirstAndLastLinesOfATableAreFound() {
        let table = SortedLineTable("a\t1\nb\t2\nc\t3")
        #expect(table.value(for: "a") == "1")
        #expect(table.value(for: "c") == "3")
        #expect(table.value(for: "bb") == nil)
        #expect(table.count == 3)
    }

    @Test func everyKeyIsListedWithoutItsValue() {
        let table = SortedLineTable("a capo dell'\tat the head of the\nc'è\tthere is\nsenza valore")
        #expect(table.keys == ["a capo dell'", "c'è", "senza valore"])
        #expect(SortedLineTable("").keys.isEmpty)
    }

    @Test func phrasesAreBegunByEveryWordPrefixUpToASpaceOrApostrophe() {
        #expect(PhraseMatcher.beginnings.isSuperset(of: ["a", "a margine", "a capo", "a capo dell'", "c'"]))
        #expect(!PhraseMatcher.beginnings.contains("a margine del"))
        #expect(!PhraseMatcher.beginnings.contains("a capo dell"))
    }

    @Test func linesAreFoundByKeySuffixAndValuePrefix() {
        let table = SortedLineTable("Alpi|np\tthe Alps\nBalcani|np\tthe Balkans\nFrancia|np\tFrance\nthe|adv\tthe x\nz|np\t")
        #expect(table.values(keySuffix: "|np", valuePrefix: "the ") == ["Alps", "Balkans"])
        // Only the key's end and the value's start count, on the line's first tab.
        let tricky = SortedLineTable("a|np\tthe\nb\tx|np\tthe y\nc|npx\tthe z\nd|np\tthe ")
        #expect(tricky.values(keySuffix: "|np", valuePrefix: "the ") == [""])
        #expect(tricky.values(keySuffix: "", valuePrefix: "the ") == ["z", ""])
        #expect(BuiltinLexicon.namesWithArticle.contains("Kremlin"))
        #expect(!BuiltinLexicon.namesWithArticle.contains("France"))
    }
}
