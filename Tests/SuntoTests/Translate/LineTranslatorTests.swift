import Testing

@testable import Sunto

/// The glossary wins over the built-in lexicon wherever they disagree, and lines translated
/// through `LineTranslator` keep their count.
struct LineTranslatorTests {
    static let glossary: GlossarySet = {
        let tsv = "it\ten\nimpegno\tpledge\nnegozio\tstore\ntrattativa\ttalks\naddestramento\tdrill\nvertice\tsummit meeting\nbanca\tlender\nconsiglio europeo\tthe European Council\n"
            + "Italia\tItaly\nCremlino\tKremlin\nCommissione europea\tEuropean Commission\n"
        return GlossarySet([(try? GlossaryLoader.parse(Array(tsv.utf8), path: "test.tsv", priority: 2))].compactMap { $0 })
    }()

    static let cases: [(italian: String, lexicon: String, glossary: String)] = [
        ("L'impegno del governo è chiaro.", "The commitment of the government is clear.", "The pledge of the government is clear."),
        ("Il negozio è chiuso.", "The shop is closed.", "The store is closed."),
        ("L'addestramento dei soldati è iniziato.", "The training of the soldiers began.", "The drill of the soldiers began."),
        ("Il ministro ha parlato a margine del vertice.", "The minister spoke on the sidelines of the summit.",
         "The minister spoke on the sidelines of the summit meeting."),
    ]

    @Test(arguments: cases)
    func glossaryWinsOverTheLexicon(_ italian: String, _ lexicon: String, _ glossary: String) async throws {
        let plain = try await LineTranslator(translator: BuiltinTranslator()).translate([italian])
        let protected = try await LineTranslator(translator: BuiltinTranslator(), glossaries: Self.glossary).translate([italian])
        #expect(plain == [lexicon])
        #expect(protected == [glossary])
    }

    @Test func adjectivesAfterATermMoveBeforeIt() async throws {
        let english = try await LineTranslator(translator: BuiltinTranslator(), glossaries: Self.glossary)
            .translate(["La banca centrale ha alzato i tassi."])
        #expect(english == ["The central lender raised the rates."])
    }

    @Test func aTermWithItsOwnArticleTakesNoOtherArticle() async throws {
        let english = try await LineTranslator(translator: BuiltinTranslator(), glossaries: Self.glossary)
            .translate(["Il consiglio europeo ha firmato l'accordo."])
        #expect(english == ["The European Council signed the agreement."])
    }

    /// A protected place name loses the Italian article, an institution keeps it.
    @Test(arguments: [
        ("Il presidente è tornato all'Italia.", "The president returned to Italy."),
        ("L'Italia ha firmato l'accordo.", "Italy signed the agreement."),
        ("Il Cremlino ha risposto all'Italia.", "The Kremlin answered to Italy."),
        ("La Commissione europea ha firmato.", "The European Commission signed."),
    ])
    func protectedNamesTakeTheArticleEnglishUses(_ italian: String, _ english: String) async throws {
        let protected = try await LineTranslator(translator: BuiltinTranslator(), glossaries: Self.glossary).translate([italian])
        #expect(protected == [english])
    }

    @Test func pluralTermsTakeTheGlossaryPlural() async throws {
        let english = try await LineTranslator(translator: BuiltinTranslator(), glossaries: Self.glossary).translate(["I negozi sono chiusi."])
        #expect(english == ["The stores are closed."])
    }

    @Test func everyLineComesBackInOrder() async throws {
        let english = try await LineTranslator(translator: BuiltinTranslator()).translate(["La guerra è finita.", "", "Il negozio è chiuso."])
        #expect(english == ["The war ended.", "", "The shop is closed."])
    }
}
