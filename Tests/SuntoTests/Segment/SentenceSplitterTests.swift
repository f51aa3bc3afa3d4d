import Foundation
import Testing

@testable import Sunto

extension SegmentTests {
    @Suite struct SentenceSplitterTests {
        let splitter = SentenceSplitter()

        private func expectSplit(_ split: SegmentCase, sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(splitter.split(split.text).map(\.text) == split.expected, sourceLocation: sourceLocation)
        }

        // MARK: Terminal punctuation

        static let terminalCases: [SegmentCase] = [
            SegmentCase(
                "Il governo ha approvato il decreto. La legge entra in vigore domani.",
                "Il governo ha approvato il decreto.", "La legge entra in vigore domani."),
            SegmentCase("Chi pagherà il conto? Nessuno lo sa ancora.", "Chi pagherà il conto?", "Nessuno lo sa ancora."),
            SegmentCase("Che disastro! Le strade sono allagate.", "Che disastro!", "Le strade sono allagate."),
            SegmentCase("Davvero?! Nessuno ci credeva.", "Davvero?!", "Nessuno ci credeva."),
            SegmentCase("Il voto è fissato. È previsto per giugno.", "Il voto è fissato.", "È previsto per giugno."),
            SegmentCase(
                "Le iscrizioni sono chiuse. Élite e amatori correranno insieme.",
                "Le iscrizioni sono chiuse.", "Élite e amatori correranno insieme."),
            SegmentCase(
                "Il vertice è finito. «Siamo soddisfatti», ha detto il ministro.",
                "Il vertice è finito.", "«Siamo soddisfatti», ha detto il ministro."),
            SegmentCase(
                "La seduta è sospesa. (Il presidente ha lasciato l'aula.) Si riprende domani.",
                "La seduta è sospesa.", "(Il presidente ha lasciato l'aula.)", "Si riprende domani."),
            SegmentCase("Il treno è partito.   Nessuno ha protestato.", "Il treno è partito.", "Nessuno ha protestato."),
            SegmentCase("Il treno è partito.\u{00A0}Nessuno ha protestato.", "Il treno è partito.", "Nessuno ha protestato."),
            .whole("Una frase senza punto finale"),
        ]

        @Test(arguments: terminalCases)
        func terminalPunctuationBeforeCapitalEndsSentence(_ split: SegmentCase) {
            expectSplit(split)
        }

        static let lowercaseOrDigitCases: [SegmentCase] = [
            .whole("Ha risposto così. e poi se n'è andato."),
            .whole("Sono morte molte persone nel 2024. 15 erano bambini."),
            .whole("I feriti sono 12. 3 sono gravi."),
            .whole("La spesa è di 5 mln. di euro in tutto."),
            .whole("«Perché?» chiese il giudice."),
            .whole("Ha chiuso la porta.Il vento soffiava."),
        ]

        @Test(arguments: lowercaseOrDigitCases)
        func terminalPunctuationBeforeLowercaseOrDigitDoesNotEndSentence(_ split: SegmentCase) {
            expectSplit(split)
        }

        static let closingMarkCases: [SegmentCase] = [
            SegmentCase("«Non è il momento.» Poi ha aggiunto altro.", "«Non è il momento.»", "Poi ha aggiunto altro."),
            SegmentCase("“Abbiamo vinto!” La piazza è esplosa.", "“Abbiamo vinto!”", "La piazza è esplosa."),
            SegmentCase("\"Siamo pronti.\" Il ministro ha chiuso così.", "\"Siamo pronti.\"", "Il ministro ha chiuso così."),
            SegmentCase("‘Basta così.’ Lo ha detto il portavoce.", "‘Basta così.’", "Lo ha detto il portavoce."),
            SegmentCase(
                "Il dato è definitivo (lo conferma l'Istat.) Ne parleremo.",
                "Il dato è definitivo (lo conferma l'Istat.)", "Ne parleremo."),
            SegmentCase("Lo ha scritto [in fondo.] Poi ha firmato.", "Lo ha scritto [in fondo.]", "Poi ha firmato."),
            SegmentCase("«Che cosa volete?» Nessuno ha risposto.", "«Che cosa volete?»", "Nessuno ha risposto."),
            SegmentCase("Ha detto «basta». Poi se n'è andato.", "Ha detto «basta».", "Poi se n'è andato."),
            SegmentCase("«Ci vediamo lunedì», ha detto. Poi è uscito.", "«Ci vediamo lunedì», ha detto.", "Poi è uscito."),
            SegmentCase("«Che cosa?!». “Nulla”, rispose.", "«Che cosa?!».", "“Nulla”, rispose."),
        ]

        @Test(arguments: closingMarkCases)
        func closingQuotesAndBracketsStayWithTheSentenceTheyEnd(_ split: SegmentCase) {
            expectSplit(split)
        }

        // MARK: Words with periods

        static let abbreviationCases: [SegmentCase] = [
            .whole("Ha parlato il sig. Rossi davanti ai giornalisti."),
            .whole("La dott.ssa Bianchi ha firmato il referto."),
            .whole("Il prof. Verdi insegna a Padova."),
            .whole("È intervenuto l'avv. Neri per la difesa."),
            .whole("La proposta dell'on. Ferri è stata respinta."),
            .whole("Lo conferma l’avv. Marini in una nota."),
            .whole("Secondo il Sen. Gallo la norma è sbagliata."),
            .whole("Lo ha detto il Dott. Sala ai cronisti."),
            .whole("Ha risposto il SIG. Conti senza esitare."),
            .whole("Il comando è passato al gen. Mancini."),
            .whole("L'ing. Russo ha presentato il progetto."),
            .whole("Sono arrivati i sigg. Conti in ritardo."),
            .whole("Ha celebrato Mons. Galli nella cattedrale."),
            .whole("Molte città, p.es. Torino, hanno aderito."),
            .whole("Alcune regioni, ad es. Liguria e Umbria, hanno chiesto aiuti."),
            .whole("Per i dettagli cfr. Tabella 2 del rapporto."),
            .whole("Lo stabilisce l'art. Primo della legge."),
        ]

        @Test(arguments: abbreviationCases)
        func abbreviationsDoNotEndSentence(_ split: SegmentCase) {
            expectSplit(split)
        }

        /// "ecc." and "etc." end a sentence before a capital and stay inside it before a lower-case
        /// word: see ``ItalianAbbreviations/sentenceFinal``.
        static let listEndingCases: [SegmentCase] = [
            SegmentCase(
                "Ha comprato pane, latte, uova ecc. Poi è tornato a casa.",
                "Ha comprato pane, latte, uova ecc.", "Poi è tornato a casa."),
            .whole("Frutta, verdura ecc. e poi anche il pane."),
            SegmentCase("Libri, dischi, etc. Tutto è stato venduto.", "Libri, dischi, etc.", "Tutto è stato venduto."),
        ]

        @Test(arguments: listEndingCases)
        func listEndingAbbreviationEndsSentenceOnlyBeforeCapital(_ split: SegmentCase) {
            expectSplit(split)
        }

        static let initialAndAcronymCases: [SegmentCase] = [
            .whole("Il discorso di J. F. Kennedy è rimasto famoso."),
            .whole("Lo ha firmato G. Rossi ieri sera."),
            .whole("Il viaggio negli U.S.A. Non è stato facile."),
            .whole("Ne parla la Gamma S.p.A. Nel bilancio ci sono perdite."),
            .whole("Cesare morì nel 44 a.C. Augusto prese il potere."),
            SegmentCase(
                "Ha vinto la Juventus in serie A. Il Napoli è secondo.",
                "Ha vinto la Juventus in serie A.", "Il Napoli è secondo."),
            SegmentCase(
                "Giocherà nel girone B. La prima partita è a Bari.",
                "Giocherà nel girone B.", "La prima partita è a Bari."),
        ]

        @Test(arguments: initialAndAcronymCases)
        func initialsAndDottedAcronymsDoNotEndSentence(_ split: SegmentCase) {
            expectSplit(split)
        }

        static let numberCases: [SegmentCase] = [
            .whole("Il PIL è cresciuto del 3,5 per cento."),
            .whole("Erano presenti 40.000 persone in piazza."),
            .whole("Il treno parte alle 8.45 da Milano."),
            SegmentCase("Il costo è di 1.200 euro. Lo paga la Regione.", "Il costo è di 1.200 euro.", "Lo paga la Regione."),
            SegmentCase(
                "L'aumento è del 2,3%. La Banca d'Italia lo conferma.",
                "L'aumento è del 2,3%.", "La Banca d'Italia lo conferma."),
        ]

        @Test(arguments: numberCases)
        func decimalsThousandsAndTimesDoNotEndSentence(_ split: SegmentCase) {
            expectSplit(split)
        }

        static let ellipsisCases: [SegmentCase] = [
            SegmentCase("Aspettavamo... Poi è arrivato il sindaco.", "Aspettavamo...", "Poi è arrivato il sindaco."),
            SegmentCase("Aspettavamo… Poi è arrivato il sindaco.", "Aspettavamo…", "Poi è arrivato il sindaco."),
            .whole("Aspettavamo... e poi niente."),
            .whole("Aspettavamo… e poi niente."),
            SegmentCase("«Vedremo...» Il ministro non ha aggiunto altro.", "«Vedremo...»", "Il ministro non ha aggiunto altro."),
            .whole("Ha detto che [...] La frase è stata tagliata."),
            .whole("Ha detto che (…) Nessuno lo sapeva."),
        ]

        @Test(arguments: ellipsisCases)
        func ellipsisEndsSentenceOnlyBeforeCapital(_ split: SegmentCase) {
            expectSplit(split)
        }

        static let addressCases: [SegmentCase] = [
            .whole("Il bando è su www.governo.it da lunedì."),
            .whole("Scrivete a info@example.it per informazioni."),
            .whole("Il portale https://www.salute.gov.it/Vaccini è aggiornato."),
            SegmentCase(
                "Il bando è pubblicato su www.governo.it. Le domande scadono a marzo.",
                "Il bando è pubblicato su www.governo.it.", "Le domande scadono a marzo."),
        ]

        @Test(arguments: addressCases)
        func webAndMailAddressesDoNotEndSentence(_ split: SegmentCase) {
            expectSplit(split)
        }

        static let romanNumeralCases: [SegmentCase] = [
            SegmentCase(
                "Lo ha ricevuto Papa Leone XIV. Il pontefice ha parlato a lungo.",
                "Lo ha ricevuto Papa Leone XIV.", "Il pontefice ha parlato a lungo."),
            .whole("Giovanni Paolo II visitò la città nel 1985."),
            SegmentCase(
                "Lo aveva detto Giovanni Paolo II. Molti lo ricordano.",
                "Lo aveva detto Giovanni Paolo II.", "Molti lo ricordano."),
        ]

        @Test(arguments: romanNumeralCases)
        func romanNumeralsAreOrdinaryWords(_ split: SegmentCase) {
            expectSplit(split)
        }

        // MARK: Lines and paragraphs

        static let lineCases: [SegmentCase] = [
            SegmentCase(
                "Vertice Nato a Vilnius\nI leader si sono riuniti ieri.",
                "Vertice Nato a Vilnius", "I leader si sono riuniti ieri."),
            SegmentCase(
                "«Non ci fermeremo»\nIl premier ha parlato in aula.",
                "«Non ci fermeremo»", "Il premier ha parlato in aula."),
            SegmentCase(
                "Sciopero dei treni\r\nOggi si fermano i regionali.",
                "Sciopero dei treni", "Oggi si fermano i regionali."),
            .whole("I leader si sono riuniti ieri\nin Lituania per il vertice."),
            .whole("Il vertice si è tenuto ieri a\nVilnius con tutti i leader."),
            .whole("Il ministro ha dichiarato:\nSiamo pronti a trattare."),
            .whole("Hanno aderito Roma, Milano,\nTorino e Napoli."),
            SegmentCase("Il volo è in ritardo.\nI passeggeri aspettano.", "Il volo è in ritardo.", "I passeggeri aspettano."),
            .whole("Lo ha visitato il dott.\nBianchi in mattinata."),
            SegmentCase(
                "Il primo finisce qui\n\nil secondo comincia in minuscolo.",
                "Il primo finisce qui", "il secondo comincia in minuscolo."),
            SegmentCase(
                "Le misure approvate:\n- più fondi alle scuole\n- meno tasse sul lavoro",
                "Le misure approvate:", "- più fondi alle scuole", "- meno tasse sul lavoro"),
            SegmentCase(
                "Il piano ha due punti.\n1. Più fondi\n2. Meno tasse",
                "Il piano ha due punti.", "1. Più fondi", "2. Meno tasse"),
        ]

        @Test(arguments: lineCases)
        func headlinesAndListItemsEndSentencesButWrappedLinesDoNot(_ split: SegmentCase) {
            expectSplit(split)
        }

        static let paragraphCases: [(text: String, paragraphs: [Int])] = [
            ("Uno. Due.\n\n\nTre.\n  \nQuattro.", [0, 0, 1, 2]),
            ("\n\nUno.\n\nDue.\n\n", [0, 1]),
            ("Uno.\r\n\r\nDue.", [0, 1]),
            ("Titolo\n\nUno. Due.\u{2029}Tre.", [0, 1, 1, 2]),
        ]

        @Test(arguments: paragraphCases)
        func blankLinesStartNewParagraphsNumberedFromZero(_ text: String, paragraphs: [Int]) {
            #expect(splitter.split(text).map(\.paragraph) == paragraphs)
        }

        // MARK: Offsets and coverage

        static let offsetTexts = terminalCases.map(\.text) + closingMarkCases.map(\.text) + lineCases.map(\.text) + [
            "  Perché no? È già deciso.  ",
            "Un caffè ☕️ costa 1,20 €. Il prezzo 👨‍👩‍👧 sale.",
            "Cos\u{0300}ì decise il giudice. E\u{0300} finita.",
            "\n\n   \n",
            "",
        ]

        @Test(arguments: offsetTexts)
        func sentenceOffsetsSliceTheTextExactly(_ text: String) {
            let sentences = splitter.split(text)
            #expect(sentences.map(\.id) == Array(sentences.indices))
            for sentence in sentences {
                #expect(SegmentCase.slice(of: text, from: sentence.start, to: sentence.end) == sentence.text)
                #expect(sentence.text.unicodeScalars.first.map(SegmentScalar.isWhitespace) == false)
                #expect(sentence.text.unicodeScalars.last.map(SegmentScalar.isWhitespace) == false)
            }
            #expect(zip(sentences, sentences.dropFirst()).allSatisfy { $0.end <= $1.start })
        }

        @Test(arguments: offsetTexts)
        func sentencesTogetherKeepEveryVisibleCharacter(_ text: String) {
            let visible = { (text: String) in Array(text.unicodeScalars.filter { !SegmentScalar.isWhitespace($0) }) }
            let joined = splitter.split(text).map(\.text).joined(separator: " ")
            #expect(visible(joined) == visible(text))
        }

        // MARK: Configuration and references

        @Test func extraAbbreviationsAreHonouredIgnoringCase() {
            let text = "Lo ha detto il Cons. Ferri in aula."
            #expect(splitter.split(text).count == 2)
            #expect(SentenceSplitter(extraAbbreviations: ["cons."]).split(text).count == 1)
            #expect(SentenceSplitter(extraAbbreviations: ["CONS"]).split(text).count == 1)
        }

        @Test(arguments: ["a01", "a02", "a03", "a04", "a05", "a06"])
        func fixtureArticlesSplitIntoTheirReferenceSentences(_ stem: String) throws {
            let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
            let folder = fixtures.appendingPathComponent("articles")
            let text = try String(contentsOf: folder.appendingPathComponent("\(stem).txt"), encoding: .utf8)
            let reference = try String(contentsOf: folder.appendingPathComponent("\(stem).it.sents.txt"), encoding: .utf8)
            #expect(splitter.split(text).map(\.text) == reference.split(separator: "\n").map(String.init))
        }
    }
}
