import Testing

@testable import Sunto

/// The built-in engine, one phenomenon at a time: each table is Italian in, the exact English
/// out.
struct BuiltinTranslatorPhenomenaTests {
    static let clitics: [(italian: String, english: String)] = [
        ("Il ministro le ha incontrate.", "The minister met them."),
        ("Il sindaco non lo sa.", "The mayor does not know it."),
        ("La polizia vuole vederli.", "The police wants to see them."),
        ("Il governo deve approvarla.", "The government must approve it."),
    ]

    static let elisionsAndContractions: [(italian: String, english: String)] = [
        ("L'ospedale è nuovo.", "The hospital is new."),
        ("Un'indagine è stata aperta.", "An investigation was opened."),
        ("Quest'anno il mercato è cresciuto.", "This year the market grew."),
        ("Il piano dell'azienda è pronto.", "The plan of the company is ready."),
        ("Il ministro parla ai giornalisti.", "The minister speaks to the journalists."),
        ("Il presidente è tornato dalla Francia.", "The president returned from France."),
        ("Il libro è sul tavolo.", "The book is on the table."),
        ("Nella città la vita è cara.", "In the city the life is expensive."),
        ("Durante il vertice il ministro ha parlato.", "During the summit the minister spoke."),
    ]

    static let siPassive: [(italian: String, english: String)] = [
        ("Si prevede che il prezzo aumenti.", "It is expected that the price increases."),
        ("Si stima che il danno sia grave.", "It is estimated that the damage is serious."),
        ("Si tratta di una decisione importante.", "It is an important decision."),
    ]

    static let pastTenses: [(italian: String, english: String)] = [
        ("La polizia ha fermato il treno.", "The police stopped the train."),
        ("Gli studenti hanno vinto il premio.", "The students won the award."),
        ("Il ministro aveva firmato il decreto.", "The minister had signed the decree."),
        ("La squadra ha perso la partita.", "The team lost the match."),
        ("Il governo ha scelto un nuovo ministro.", "The government chose a new minister."),
    ]

    static let adjectiveOrder: [(italian: String, english: String)] = [
        ("Il dipartimento clinico e scientifico ha parlato.", "The clinical and scientific department spoke."),
        ("Una proposta semplice è pronta.", "A simple proposal is ready."),
        ("Le forze armate sono pronte.", "The armed forces are ready."),
        ("Il ministro ha presentato una legge nuova.", "The minister presented a new law."),
    ]

    static let subjects: [(italian: String, english: String)] = [
        ("Ha detto che il piano è pronto.", "He said that the plan is ready."),
        ("«Il piano è pronto», ha aggiunto.", "«The plan is ready», he added."),
        ("\"Siamo pronti\", ha spiegato.", "\"We are ready\", he explained."),
        ("Sono arrivati ieri.", "They arrived yesterday."),
        ("Abbiamo vinto.", "We won."),
    ]

    static let falseFriendsAndSenses: [(italian: String, english: String)] = [
        ("Le trattative sono iniziate.", "The negotiations began."),
        ("L'impegno è chiaro.", "The commitment is clear."),
        ("Il professore ha parlato.", "The professor spoke."),
        ("La stazione è chiusa.", "The station is closed."),
        ("L'indagine è stata aperta ieri.", "The investigation was opened yesterday."),
        ("Il terremoto ha colpito la città.", "The earthquake hit the city."),
        ("I servizi di sicurezza sono pronti.", "The security services are ready."),
        ("Il luogo è sicuro.", "The place is safe."),
        ("Il portavoce ha parlato.", "The spokesperson spoke."),
    ]

    static let idioms: [(italian: String, english: String)] = [
        ("In precedenza il ministro ha parlato.", "Previously the minister spoke."),
        ("A questo punto il governo deve decidere.", "At this point the government must decide."),
        ("La scuola è chiusa a causa della pioggia.", "The school is closed because of the rain."),
        ("Il vertice è in corso.", "The summit is under way."),
        ("Il piano è di nuovo pronto.", "The plan is again ready."),
        ("Per il momento il piano è pronto.", "For now the plan is ready."),
        ("La scelta del governo ha causato un anno di ritardo.", "The choice of the government caused a year of delay."),
    ]

    static let namesAndCasing: [(italian: String, english: String)] = [
        ("La USA Gymnastics ha parlato.", "USA Gymnastics spoke."),
        ("Il gruppo ISIS ha attaccato.", "The group ISIS attacked."),
        ("Il Comitato ha deciso.", "The Committee decided."),
        ("Vicino a Pago Pago il mare è alto.", "Near Pago Pago the sea is high."),
        ("ROMA – Il governo ha deciso.", "ROMA – The government decided."),
        ("È uscito il libro «Northern Shield», che racconta la guerra.", "Left the book «Northern Shield», that tells the war."),
        // A glossary adjective's placeholder is placed as an adjective, before its noun.
        ("Il governo ZZA1ZZ ha deciso.", "The ZZA1ZZ government decided."),
        ("Il ZZT1ZZ ZZA2ZZ è cresciuto.", "The ZZA2ZZ ZZT1ZZ grew."),
        ("Un accordo ZZA1ZZ è stato firmato.", "A ZZA1ZZ agreement was signed."),
        // Two adjectives after a noun come before it in the reverse order.
        ("È una crisi economica globale.", "It is a global economic crisis."),
        // A list of adjectives after a noun goes before it, in order.
        ("I ministri francesi, tedeschi e italiani hanno votato.", "The French, German and Italian ministers voted."),
        ("Il dipartimento clinico e scientifico è nuovo.", "The clinical and scientific department is new."),
    ]

    static let numbers: [(italian: String, english: String)] = [
        ("Quattro milioni di persone hanno votato.", "Four million people voted."),
        ("Il prezzo è di 3,5 euro.", "The price is of 3.5 euro."),
        ("La città ha 2.500 abitanti.", "The city has 2,500 inhabitants."),
        ("Il decimo vertice è finito.", "The tenth summit ended."),
        ("Il ministro ha votato a marzo.", "The minister voted in March."),
        ("Il dato è stato diffuso sabato 1° novembre.", "The figure was spread Saturday 1 November."),
        ("L'inflazione è cresciuta dell'11%.", "Inflation grew by 11%."),
        ("La proposta è condivisa dal 34% degli elettori.", "The proposal is shared by 34% of the voters."),
        ("I prezzi sono saliti dal 3% al 7%.", "The prices rose from 3% to 7%."),
        ("Un aumento del 5% è previsto.", "An increase of 5% is expected."),
        ("Il 40% degli elettori ha votato.", "40% of the voters voted."),
        ("La metà dei comuni ha aderito.", "Half of the municipalities adhered."),
        ("Il viadotto è crollato nel novembre 2021.", "The viaduct collapsed in November 2021."),
        ("Il procedimento è stato avviato diciotto mesi fa.", "The procedure was started eighteen months ago."),
        ("Il sindaco del comune interessato ha firmato.", "The mayor of the municipality affected signed."),
        ("La soglia, che sale al 10%, è alta.", "The threshold, which rises to 10%, is high."),
        ("Una decina di aerei sono arrivati.", "About ten planes arrived."),
        ("Sono disponibili 17 miliardi di metri cubi.", "They are available 17 billion cubic metres."),
        ("Il prezzo è salito rispetto a metà ottobre.", "The price rose compared with mid-October."),
        ("È un livello superiore all'obiettivo.", "It is a level above the goal."),
        ("Il 2025 è stato un anno difficile.", "2025 was a difficult year."),
        ("«Il 2026 sarà un anno difficile», ha detto.", "«2026 will be a difficult year», he said."),
        ("«Il governo cadrà», ha detto.", "«The government will fall», he said."),
        ("Il governo stanzia tre miliardi.", "The government allocates three billion."),
        ("Il ministro ha dato le informazioni.", "The minister gave the information."),
    ]

    static let genericsAndCompounds: [(italian: String, english: String)] = [
        ("Il diabete è una malattia.", "Diabetes is a disease."),
        ("Il governo difende la democrazia.", "The government defends democracy."),
        ("Il diabete di tipo 1 è raro.", "The diabetes of type 1 is rare."),
        ("Il tasso di successo è alto.", "The success rate is high."),
        ("La parte di governo è pronta.", "The part of government is ready."),
        ("Sei pollici di pioggia sono caduti.", "Six inches of rain fell."),
        ("Il sospettato è stato arrestato.", "The suspect was arrested."),
    ]

    static let negationAndAgreement: [(italian: String, english: String)] = [
        ("Il ministro non lavora più.", "The minister no longer works."),
        ("Il piano non è più pronto.", "The plan is no longer ready."),
        ("«Non lo sono più», ha detto.", "«They are no longer», he said."),
        ("Il ministro non ha più tempo.", "The minister has no more time."),
        ("Le informazioni sono state pubblicate.", "The information was published."),
        ("Nel corso degli anni il piano è cambiato.", "During the years the plan changed."),
        ("I Paesi colpiti hanno chiesto aiuto.", "The countries hit asked help."),
        ("Il treno viaggia a 100 miglia all'ora.", "The train travels to 100 miles per hour."),
        ("Il dottor Ehud Ur è arrivato.", "Dr. Ehud Ur arrived."),
        ("La polizia ha usato gas lacrimogeni.", "The police used tear gas."),
    ]

    @Test(arguments: genericsAndCompounds + negationAndAgreement)
    func articlesCompoundsAndAgreement(_ italian: String, _ english: String) {
        #expect(BuiltinTranslator().translate(sentence: italian) == english)
    }

    @Test(arguments: clitics + elisionsAndContractions + siPassive + pastTenses)
    func morphologyAndTenses(_ italian: String, _ english: String) {
        #expect(BuiltinTranslator().translate(sentence: italian) == english)
    }

    @Test(arguments: adjectiveOrder + subjects)
    func wordOrderAndSubjects(_ italian: String, _ english: String) {
        #expect(BuiltinTranslator().translate(sentence: italian) == english)
    }

    @Test(arguments: falseFriendsAndSenses + idioms)
    func sensesAndIdioms(_ italian: String, _ english: String) {
        #expect(BuiltinTranslator().translate(sentence: italian) == english)
    }

    @Test(arguments: namesAndCasing + numbers)
    func namesCasingAndNumbers(_ italian: String, _ english: String) {
        #expect(BuiltinTranslator().translate(sentence: italian) == english)
    }
}
