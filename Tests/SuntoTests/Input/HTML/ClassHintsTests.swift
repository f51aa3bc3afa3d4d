import Testing

@testable import Sunto

@Suite struct ClassHintsTests {
    @Test(arguments: [
        ("article-body", true, false, false),
        ("articleBody", true, false, false),
        ("entry-content clearfix", true, false, false),
        ("testo-articolo", true, false, false),
        ("article-comments", false, true, false),
        ("social-share-bar", false, true, false),
        ("box-leggi-anche", false, true, true),
        ("cookie-banner", false, true, false),
        ("main-navigation", false, false, true),
        ("sidebar", false, false, true),
        ("canvas-wrapper", false, false, false),
        ("post type-post tag-economia hentry", false, false, false),
    ])
    func classNamesAreReadAsWholeWords(_ name: String, _ body: Bool, _ boilerplate: Bool, _ furniture: Bool) {
        let hints = ClassHints(className: name, id: nil)
        #expect(hints.isArticleBody == body)
        #expect(hints.isBoilerplate == boilerplate)
        #expect(hints.isFurniture == furniture)
    }
}
