import Foundation
import Testing

@testable import Sunto

/// Clean text that the repair rules must leave exactly as it is.
private let untouchable: [String] = [
    "La catena McDonald ha aperto un nuovo locale a Bari.",
    "Il nuovo iPhone arriva nei negozi a settembre.",
    "Le donazioni si possono fare anche con PayPal o con bonifico.",
    "Al G7 di Borgo Egnazia i leader hanno discusso di dazi.",
    "I casi di COVID-19 sono in calo da tre settimane.",
    "L'Olanda fornirà altri F-16 all'aeronautica di Kiev.",
    "Secondo l'art. 5 del trattato, un attacco a uno è un attacco a tutti.",
    "L'inflazione è scesa al 3,5% su base annua.",
    "Il governo ha chiesto a l'UE più flessibilità.",
    "Il video è stato pubblicato su YouTube e rilanciato su WhatsApp.",
    "La società ha annunciato i tagli con un post su LinkedIn.",
    "Leonardo DiCaprio ha visitato il set a Cinecittà.",
    "Il ministro ha firmato il decreto venerdì mattina.",
    "Il 25 aprile si celebra la Festa della Liberazione.",
    "Il concerto del Primo Maggio si terrà in piazza San Giovanni.",
    "La sede è in via XX Settembre, a Roma.",
    "Lo ha detto Ignazio La Russa, presidente del Senato.",
    "Intervistato da La Stampa, il sindaco ha risposto alle critiche.",
    "Il Sole 24 Ore ha pubblicato i dati del trimestre.",
    "Un ragazzo di 15 anni è stato ferito.",
    "La 18enne è stata ascoltata dagli inquirenti.",
    "Sono stati stanziati 10mila euro per le famiglie.",
    "La rete 5G coprirà il 90% del territorio entro il 2026.",
    "Il filmato in 4K è stato girato con un drone.",
    "Un impianto da 300 MW entrerà in funzione nel 2027.",
    "Il tratto di 120km sarà chiuso per lavori.",
    "Il 1° gennaio cambiano le tariffe.",
    "La riunione è fissata per le 8.45 di domani.",
    "Sono arrivati 1.200 nuovi medici negli ospedali.",
    "Mi ha detto: «Aspetta un po' e vedrai».",
    "Il premier ha incontrato il cancelliere Scholz e il presidente Macron.",
    "«Non è il momento», ha detto il portavoce. Poi ha lasciato la sala.",
    "La OpenAI ha presentato ChatGPT in Italia.",
    "Anche la BlackRock ha investito nel fondo.",
    "Il gruppo eBay ha chiuso il trimestre in utile.",
    "I dati dell'ISTAT sono stati diffusi ieri.",
    "Il Parlamento europeo ha approvato la direttiva.",
    "Un'indagine della Procura di Milano è stata aperta.",
    "Dell'accordo si parlerà a Bruxelles.",
    "La Juventus ha battuto il Milan per 2-1.",
    "Il Movimento 5 Stelle ha votato contro.",
    "Fratelli d'Italia è il primo partito.",
    "Il tasso è passato dal 4,25% al 4%.",
    "La legge n. 241 del 1990 regola il procedimento.",
    "Il sig. Rossi e la dott.ssa Bianchi erano presenti.",
    "È stato un anno difficile, ha detto.",
    "Lo scrittore ha citato un verso: 'nel mezzo del cammin'.",
    "Il governo Meloni ha approvato la manovra.",
    "Il presidente Zelensky ha ringraziato gli alleati e Zelensky ha poi lasciato Roma.",
    "Le forze armate ucraine hanno ricevuto nuovi sistemi Patriot.",
    "Il summit si è tenuto a Hiroshima e poi a Washington.",
    "Sono stati venduti 3 milioni di iPad in un anno.",
    "Secondo la NATO, la Russia ha spostato truppe al confine.",
    "Il dl Aiuti è stato convertito in legge.",
]

@Suite struct NormalizerTests {
    let normalizer = Normalizer()

    @Test(arguments: untouchable)
    func cleanTextIsLeftUntouched(_ text: String) {
        let result = normalizer.normalize(text)
        #expect(result.text == text)
        #expect(result.repairs.isEmpty)
    }

    @Test(arguments: [
        ("Il piano è stato illustrato durante il verticeBianchi ha poi risposto alle domande.",
         "Il piano è stato illustrato durante il vertice. Bianchi ha poi risposto alle domande.", "glued-words"),
        ("Le truppe hanno lasciato la GermaniaSi tratta di un ritiro parziale, secondo Berlino. La Germania non commenta.",
         "Le truppe hanno lasciato la Germania. Si tratta di un ritiro parziale, secondo Berlino. La Germania non commenta.",
         "glued-words"),
        ("Il contratto avrà una durata di 20sì Una delle parti ha chiesto garanzie.",
         "Il contratto avrà una durata di 20 sì. Una delle parti ha chiesto garanzie.", "glued-number"),
        ("Il ministro ha parlato a lungo con lui. lui e i tecnici hanno poi visitato il cantiere.",
         "Il ministro ha parlato a lungo con lui e i tecnici hanno poi visitato il cantiere.", "doubled-word"),
        ("La delegazione arriva dopo settimane di contatti con Parigi Si prevede che firmi domani.",
         "La delegazione arriva dopo settimane di contatti con Parigi. Si prevede che firmi domani.", "lost-sentence-break"),
        ("Il sindaco Mario Rossi e il prefetto Anna Verdi Si incontreranno in prefettura.",
         "Il sindaco Mario Rossi e il prefetto Anna Verdi si incontreranno in prefettura.", "lost-sentence-break"),
        ("Il vertice si terrà a Roma Giovedì, secondo fonti diplomatiche.",
         "Il vertice si terrà a Roma giovedì, secondo fonti diplomatiche.", "calendar-case"),
        ("E' stato un errore, perche' nessuno lo sapeva.",
         "È stato un errore, perché nessuno lo sapeva.", "accent-apostrophe"),
        ("Il piano costa 5 miliardi di euro &amp; prevede nuovi fondi.",
         "Il piano costa 5 miliardi di euro & prevede nuovi fondi.", "html-entities"),
        ("La strategia naziona-\nle è stata approvata.",
         "La strategia nazionale è stata approvata.", "hyphenated-line-break"),
    ] as [(String, String, String)])
    func artifactIsRepairedAndRecorded(_ damaged: String, _ repaired: String, _ rule: String) {
        let result = normalizer.normalize(damaged)
        #expect(result.text == repaired)
        #expect(result.repairs.contains { $0.rule == rule })
    }

    @Test func nameVariantsAreUnifiedToTheMoreFrequentSpelling() {
        let text = """
            Il ministro Oleksandr Hordijenko ha visitato Bari. Secondo Hordienko la cooperazione crescerà. \
            Anche il sindaco ha ringraziato Hordijenko per la visita.
            """
        let result = normalizer.normalize(text)
        #expect(!result.text.contains("Hordienko"))
        #expect(result.text.components(separatedBy: "Hordijenko").count == 4)
        #expect(result.repairs.filter { $0.rule == "name-variants" }.count == 1)
    }

    @Test func preferredSpellingWinsOverFrequency() {
        let normalizer = Normalizer(preferredNames: ["Zelensky"])
        let result = normalizer.normalize("Ieri Zelenskyj ha parlato. Poi Zelenskyj ha lasciato Kiev con Zelensky.")
        #expect(result.text == "Ieri Zelensky ha parlato. Poi Zelensky ha lasciato Kiev con Zelensky.")
    }

    @Test func repairOffsetsPointIntoTheNormalizedText() {
        let text = "Il vertice &amp; la conferenza.  Il piano è stato illustrato durante il verticeBianchi ha poi parlato."
        let result = normalizer.normalize(text)
        let scalars = Array(result.text.unicodeScalars)
        for repair in result.repairs {
            let after = Array(repair.after.unicodeScalars)
            #expect(Array(scalars[repair.offset..<repair.offset + after.count]) == after)
        }
    }

    @Test(arguments: [
        ("«Ciao», ha detto. \"Arrivo\", ha risposto.", "«Ciao», ha detto. «Arrivo», ha risposto.", QuoteStyle.guillemets),
        ("“Ciao”, ha detto.", "«Ciao», ha detto.", .guillemets),
        ("«Ciao», ha detto.", "“Ciao”, ha detto.", .curly),
        ("«Ciao», ha detto.", "\"Ciao\", ha detto.", .straight),
        ("“Ciao”, ha detto.", "“Ciao”, ha detto.", .keep),
    ] as [(String, String, QuoteStyle)])
    func quotesFollowTheConfiguredStyle(_ input: String, _ expected: String, _ style: QuoteStyle) {
        #expect(Normalizer(quotes: style).normalize(input).text == expected)
    }

    @Test func apostrophesAreMadeConsistent() {
        #expect(Normalizer().normalize("L’accordo dell’Ucraina").text == "L'accordo dell'Ucraina")
        #expect(Normalizer(apostrophes: .typographic).normalize("L'accordo").text == "L’accordo")
    }

    @Test func whitespaceAndInvisibleCharactersAreCleaned() {
        let text = "\u{FEFF}  Il\u{00A0}governo   ha deciso\u{00AD} oggi .\r\n\r\n\r\n\r\nSeconda  riga\u{200B}."
        #expect(normalizer.normalize(text).text == "Il governo ha deciso oggi.\n\nSeconda riga.")
    }

    @Test func unicodeIsComposed() {
        #expect(normalizer.normalize("perche\u{0301} e citta\u{0300}").text == "perché e città")
        #expect(normalizer.normalize("Spazio\u{2000}largo, \u{212B}ngstr\u{00F6}m").text == "Spazio largo, \u{00C5}ngstr\u{00F6}m")
    }

    @Test func textThatCompositionCannotChangeIsRecognised() {
        #expect(Normalizer.isComposed("È «già» così: “sì” – 5 € … più"))
        #expect(!Normalizer.isComposed("perche\u{0301}"))
        #expect(!Normalizer.isComposed("\u{212B}"), "the Ångström sign composes to Å")
        #expect(!Normalizer.isComposed("a\u{2000}b"), "an en quad becomes an en space")
    }

    @Test(arguments: untouchable + [
        "Il piano è stato illustrato durante il verticeBianchi ha poi risposto.",
        "E' stato un errore, perche' nessuno lo sapeva.",
        "Il contratto avrà una durata di 20sì Una delle parti ha chiesto garanzie.",
    ])
    func normalizingTwiceChangesNothing(_ text: String) {
        let once = normalizer.normalize(text).text
        let twice = normalizer.normalize(once)
        #expect(twice.text == once)
        #expect(twice.repairs.isEmpty)
    }

    @Test func repairRulesCanBeSwitchedOff() {
        let normalizer = Normalizer(repairs: [])
        let text = "Il piano è stato illustrato durante il verticeBianchi ha poi risposto."
        #expect(normalizer.normalize(text).text == text)
    }
}
