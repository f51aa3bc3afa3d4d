import Testing

@testable import Sunto

/// The built-in engine on constructions English builds differently: names with and without
/// `the`, titles before names, negated `there is`, `both … and`, relative `who`/`which`, `as …
/// as possible`, years, decades and clock times, comparatives, manner adverbs. Italian in, the
/// exact English out.
struct BuiltinTranslatorConstructionsTests {
    static let namesAndArticles: [(italian: String, english: String)] = [
        ("Il presidente ha parlato all'Italia.", "The president spoke to Italy."),
        ("La Germania e la Francia hanno firmato.", "Germany and France signed."),
        ("Il Cremlino ha risposto.", "The Kremlin answered."),
        ("Il ministro è tornato dai Balcani.", "The minister returned from the Balkans."),
        ("I Paesi Bassi hanno votato.", "The Netherlands voted."),
        ("L'accordo con la ADT Corporation è pronto.", "The agreement with the ADT Corporation is ready."),
        ("Il dottor Rossi ha parlato.", "Dr. Rossi spoke."),
        ("La dottoressa Bianchi è arrivata.", "Dr. Bianchi arrived."),
    ]

    static let negatedExistentials: [(italian: String, english: String)] = [
        ("Non ci sono problemi.", "There are no problems."),
        ("Non c'è tempo.", "There is no time."),
        ("Non c'è nessun accordo.", "There is no agreement."),
        ("Non c'era un piano.", "There was no plan."),
    ]

    static let correlatives: [(italian: String, english: String)] = [
        ("Sia il governo che i sindacati hanno firmato.", "Both the government and the unions signed."),
        ("La legge è utile sia per le famiglie sia per le imprese.", "The law is helpful both for the families and for the companies."),
    ]

    static let relatives: [(italian: String, english: String)] = [
        ("Il medico che lavorava in ospedale è partito.", "The doctor who worked in hospital left."),
        ("Il ministro, che era a Roma, ha parlato.", "The minister, who was in Rome, spoke."),
        ("Il piano, che è pronto, sarà presentato domani.", "The plan, which is ready, will be presented tomorrow."),
        ("Il ministro ha detto ai giornalisti che il piano è pronto.", "The minister said to the journalists that the plan is ready."),
    ]

    static let comparisonsAndTime: [(italian: String, english: String)] = [
        ("Vogliamo rendere la città il più sicura possibile.", "We want to make the city as safe as possible."),
        ("Il negozio ha aperto alla fine del 2017.", "The shop opened at the end of 2017."),
        ("Negli anni '60 la città è cresciuta.", "In the 1960s the city grew."),
        ("La crisi degli anni Settanta è finita.", "The crisis of the 1970s ended."),
    ]

    static let wordsAndForms: [(italian: String, english: String)] = [
        ("Il prezzo è temporaneamente alto.", "The price is temporarily high."),
        ("Un'autobomba ha ferito oltre venti persone.", "A car bomb injured over twenty people."),
        ("Un giovane dinosauro è stato trovato.", "A young dinosaur was found."),
        ("L'annuncio è stato fatto ieri.", "The announcement was made yesterday."),
        ("Il cantante è comparso ieri.", "The singer appeared yesterday."),
    ]

    static let sentencesTimesAndQuantifiers: [(italian: String, english: String)] = [
        ("Il piano è utile. È stato presentato ieri.", "The plan is helpful. It was presented yesterday."),
        ("Il vertice inizia alle 12:00.", "The summit begins at 12:00."),
        ("La riunione è prevista tra le 9:00 e le 18:00.", "The meeting is expected between 9:00 and 18:00."),
        ("Tra i feriti ci sono due bambini.", "Among the injured there are two children."),
        ("Il governo non ha firmato alcun accordo.", "The government did not sign any agreement."),
        ("Il progetto è a rischio.", "The project is at risk."),
        ("I casi sono iniziati a fine luglio.", "The cases began at the end of July."),
        ("Si è specializzato nel collezionare francobolli.", "It specialised in collecting stamps."),
    ]

    static let comparisonsAndManner: [(italian: String, english: String)] = [
        ("Il ministro ha parlato in modo chiaro.", "The minister spoke clearly."),
        ("Il ministro ha parlato in modo molto chiaro.", "The minister spoke very clearly."),
        ("La squadra più forte ha vinto.", "The strongest team won."),
        ("Il suo più stretto collaboratore ha parlato.", "His closest contributor spoke."),
        ("Il governo è più forte del sindacato.", "The government is stronger than the union."),
        ("Il governo vuole un prezzo più basso.", "The government wants a lower price."),
        ("La città è diventata più importante.", "The city became more important."),
    ]

    static let sensesAndPrepositions: [(italian: String, english: String)] = [
        ("Il governo ha annunciato il potenziamento della rete ferroviaria.", "The government announced the strengthening of the rail network."),
        ("Lo stanziamento è stato approvato ieri.", "The allocation was approved yesterday."),
        ("Il piano potrebbe essere approvato domani.", "The plan could be approved tomorrow."),
        ("L'essere umano è fragile.", "The human being is fragile."),
        ("Dal 1988 le urne devono essere trasparenti.", "Since 1988 the ballot boxes must be transparent."),
        ("Il sindaco ha governato dal 1977 al 1981.", "The mayor governed from 1977 to 1981."),
        ("Le sette sorelle sono arrivate.", "The seven sisters arrived."),
        ("Il ministro ha dichiarato che il piano è pronto.", "The minister said that the plan is ready."),
        ("L'incidente è avvenuto ieri.", "The accident happened yesterday."),
        ("In seguito alla crisi il governo è caduto.", "After the crisis the government fell."),
        ("La squadra ha vinto la coppa.", "The team won the cup."),
        ("La diga è stata costruita nel 1963.", "The dam was built in 1963."),
    ]

    static let modalsPronounsAndForms: [(italian: String, english: String)] = [
        ("Il ministro ha dovuto lasciare Roma.", "The minister had to leave Rome."),
        ("È un artista la cui vita è difficile.", "It is an artist whose life is difficult."),
        ("A bordo c'erano 168 passeggeri.", "On board there were 168 passengers."),
        ("Secondo quanto riportato, il ministro è partito.", "Reportedly, the minister left."),
        ("Il pilota è arrivato al quindicesimo posto.", "The pilot arrived to the fifteenth place."),
        ("La bomba è esplosa vicino al palco.", "The bomb exploded near the stage."),
        ("La legge aiuta chi è povero.", "The law helps those who are poor."),
        ("Chi ha vinto la partita?", "Who won the match?"),
        ("Chi lavora in città paga di più.", "Those who work in city pay more."),
        ("Il treno è partito in ritardo, il che ha causato problemi.", "The train left late, which caused problems."),
        ("I bimbi sono arrivati.", "The children arrived."),
        ("I detriti sono caduti nel sobborgo.", "The debris fell in the suburb."),
        ("Il risultato dipende dal governo.", "The result depends on the government."),
        ("Il sindacato è disposto a trattare.", "The union is willing to deal."),
        ("Il sistema si basa su principi semplici.", "The system is based on simple principles."),
        ("I Paesi in via di sviluppo chiedono fondi.", "The developing countries ask funds."),
    ]

    @Test(arguments: sentencesTimesAndQuantifiers + comparisonsAndManner + sensesAndPrepositions)
    func sentencesTimesAndComparisons(_ italian: String, _ english: String) {
        #expect(BuiltinTranslator().translate(sentence: italian) == english)
    }

    @Test(arguments: modalsPronounsAndForms)
    func modalsPronounsAndGeneratedForms(_ italian: String, _ english: String) {
        #expect(BuiltinTranslator().translate(sentence: italian) == english)
    }

    @Test(arguments: namesAndArticles + negatedExistentials)
    func namesAndExistentials(_ italian: String, _ english: String) {
        #expect(BuiltinTranslator().translate(sentence: italian) == english)
    }

    @Test(arguments: correlatives + relatives)
    func conjunctionsAndRelatives(_ italian: String, _ english: String) {
        #expect(BuiltinTranslator().translate(sentence: italian) == english)
    }

    @Test(arguments: comparisonsAndTime + wordsAndForms)
    func comparisonsTimeAndWords(_ italian: String, _ english: String) {
        #expect(BuiltinTranslator().translate(sentence: italian) == english)
    }

    /// Manner phrases are looked up only for words starting as every one of them does.
    @Test func everyMannerPhraseStartsWithThePrefixLookedFor() {
        #expect(SentenceTransfer.mannerPhrases.keys.allSatisfy { $0.hasPrefix(SentenceTransfer.mannerPrefix) })
    }
}
