import Testing

@testable import Sunto

@Suite struct ItalianLanguageCheckTests {
    @Test(arguments: 1...22)
    func everyItalianFixtureArticlePasses(_ number: Int) throws {
        #expect(ItalianLanguageCheck().verdict(try BatchArticles.text(number)) == nil)
    }

    @Test(arguments: [
        (ForeignArticles.english, "English"),
        (ForeignArticles.french, "French"),
        (ForeignArticles.spanish, "Spanish"),
        (ForeignArticles.german, "German"),
    ])
    func articlesInOtherLanguagesAreRefusedNamingTheLanguage(_ text: String, _ language: String) throws {
        let verdict = try #require(ItalianLanguageCheck().verdict(text))
        #expect(verdict.hasPrefix("the article reads as \(language), not Italian"))
    }

    @Test func textWithNoItalianWordsIsRefused() {
        let gibberish = (0..<80).map { "qwx\($0 % 7)zk" }.joined(separator: " ")
        #expect(ItalianLanguageCheck().verdict(gibberish)?.hasPrefix("the text does not read as Italian") == true)
    }

    @Test func anItalianArticleQuotingEnglishPasses() throws {
        let text = try BatchArticles.text(3) + "\n\n" + ForeignArticles.english.split(separator: ".").prefix(2).joined(separator: ".") + "."
        #expect(ItalianLanguageCheck().verdict(text) == nil)
    }

    @Test func shortTextsAreNotJudged() {
        #expect(ItalianLanguageCheck().verdict("The council approved the budget.") == nil)
    }

    @Test func theStageFailsWithBadInputNamingTheFile() {
        var document = Document(text: ForeignArticles.english, path: "en.txt")
        document.text = ForeignArticles.english
        #expect(throws: SuntoError.self) { try ItalianLanguageCheck().process(document) }
    }
}
