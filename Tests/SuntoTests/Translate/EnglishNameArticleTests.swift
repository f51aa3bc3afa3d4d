import Testing

@testable import Sunto

/// Which English names take `the`: none by default, a tagged set, institutions and `of` names.
struct EnglishNameArticleTests {
    @Test(arguments: ["Italy", "France", "Rome", "New York", "Ukraine", "Nova Scotia"])
    func placeNamesTakeNoArticle(_ name: String) {
        #expect(!EnglishNameArticle.takesArticle(name))
    }

    @Test(arguments: ["Kremlin", "Balkans", "United States", "European Commission", "Bank of Italy", "Chamber of Deputies", "the Bahamas"])
    func taggedNamesAndInstitutionsTakeIt(_ name: String) {
        #expect(EnglishNameArticle.takesArticle(name))
    }

    @Test(arguments: ["member state", "summit", "NATO", "EU"])
    func commonTermsAndAcronymsAreLeftToTheEngine(_ term: String) {
        #expect(EnglishNameArticle.takesArticle(term))
    }
}
