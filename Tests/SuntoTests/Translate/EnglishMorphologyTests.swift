import Testing

@testable import Sunto

/// English inflection and number spelling used by the built-in engine.
struct EnglishMorphologyTests {
    @Test(arguments: [
        ("minister", EnglishMorphology.Form.plural, "ministers"), ("tax", .plural, "taxes"), ("city", .plural, "cities"),
        ("child", .plural, "children"), ("prime minister", .plural, "prime ministers"), ("sign", .past, "signed"),
        ("approve", .past, "approved"), ("go", .past, "went"), ("say", .past, "said"), ("take part", .past, "took part"),
        ("make", .gerund, "making"), ("study", .thirdSingular, "studies"),
    ])
    func wordsAreInflected(_ word: String, _ form: EnglishMorphology.Form, _ expected: String) {
        #expect(EnglishMorphology.inflect(word, form) == expected)
    }

    @Test(arguments: [("3,5", "3.5"), ("1.000", "1,000"), ("10.000", "10,000"), ("1.234,5", "1,234.5"), ("14:30", "14:30"), ("2013", "2013")])
    func italianNumbersAreSpelledTheEnglishWay(_ italian: String, _ english: String) {
        #expect(EnglishNumber.convert(italian) == english)
    }

    @Test func negationUsesDoSupportOrTheAuxiliary() {
        #expect(EnglishVerbPhrase(lemma: "speak", tense: .present, thirdSingular: true, negated: true).words == ["does", "not", "speak"])
        #expect(EnglishVerbPhrase(lemma: "sign", tense: .past, negated: true).words == ["did", "not", "sign"])
        #expect(EnglishVerbPhrase(lemma: "approve", tense: .future, negated: true).words == ["will", "not", "approve"])
        #expect(EnglishVerbPhrase(lemma: "approve", tense: .past, passive: true, thirdSingular: true).words == ["was", "approved"])
    }
}
