extension ItalianVerbLexicon {
    /// Verbs common in Italian news writing, as infinitives, split on whitespace at first use.
    ///
    /// A token is one of:
    /// - `arrivare`: a regular verb, its class read from the ending (-are, -ere, -ire);
    /// - `finire*`: an -ire verb that inserts -isc- (`finisco`, `finisca`);
    /// - `sos|tenere`: a prefix glued to every form of a base verb, usually an irregular one
    ///   from `irregularVerbSource` (`sostengo`, `sostenne`, `sosterrà`).
    /// Verbs listed in `irregularVerbSource` are lemmas already and need not appear here.
    /// Reflexive verbs appear without `-si` (`dimettersi` is `di|mettere`).
    static let lemmaSource = """
    # -are
    abbandonare abbassare abbracciare abitare abituare abusare accelerare accentuare accertare
    accettare accompagnare accumulare accusare acquistare adattare addestrare adeguare adottare
    affermare affidare affiancare affittare affondare affrontare agevolare aggirare aggiornare
    aggravare aggiudicare aiutare allagare allargare allarmare allenare allertare alloggiare
    allontanare alzare amare ammazzare ammontare ampliare analizzare animare annegare annullare
    annunciare anticipare appellare applicare apprezzare approfittare approvare appoggiare
    arginare armare arrestare arrivare arruolare ascoltare aspettare assaggiare assassinare
    assediare assegnare assicurare associare attaccare attestare attivare attraversare attuare
    aumentare autorizzare avanzare avvelenare avvicinare avviare avvisare azzerare
    bastare bloccare bocciare bombardare boicottare bruciare
    calare calcolare calmare cambiare camminare cancellare candidare cantare capitare
    caratterizzare caricare catturare causare celebrare censurare cercare cessare chiamare
    circolare citare collaborare collegare collocare colmare coltivare comandare commentare
    commissionare compensare comportare comprare comunicare concentrare concordare condannare
    condizionare confermare confiscare confrontare congelare consegnare conservare considerare
    consigliare consolidare constatare consultare consumare contagiare contaminare contare
    contattare contestare continuare contrastare controllare convocare coordinare copiare
    costare creare criticare crollare cucinare curare
    danneggiare decollare decretare dedicare delegare delineare denunciare deplorare depositare
    deportare derivare destabilizzare destinare determinare dettare dichiarare diffidare
    dimenticare dimezzare dimostrare disegnare disinnescare dispiegare disputare diventare
    divorare documentare domandare dominare donare dotare dubitare durare
    educare effettuare elaborare elencare elevare eliminare emanare emigrare entrare
    equipaggiare esagerare esaltare esaminare esercitare esortare esplorare esportare evacuare
    evidenziare evitare evocare
    fabbricare facilitare falsificare fermare festeggiare fidare figurare filmare finanziare
    firmare fissare fondare formare formulare fotografare frenare frequentare fronteggiare
    funzionare
    generare gettare giocare girare giudicare giurare giustificare governare gridare guadagnare
    guardare guidare
    ideare identificare ignorare illustrare imbarcare immaginare impegnare impiegare
    implementare importare impostare incaricare incassare incendiare incentivare incolpare
    incontrare incoraggiare incrementare indagare indicare indirizzare influenzare informare
    ingannare innalzare innescare inquinare insediare insegnare intensificare interessare
    interpretare interrogare intervistare intimare inventare inviare invitare isolare ispirare
    lamentare lanciare lasciare lavorare legare liberare limitare localizzare lodare lottare
    mancare mandare manifestare marciare massacrare meritare migliorare minacciare misurare
    mobilitare modificare monitorare mostrare motivare
    narrare navigare negare negoziare nominare notare notificare
    obbligare occupare operare ordinare organizzare orientare ospitare osservare ostacolare
    pagare parlare partecipare passare peggiorare pensare pesare pianificare piazzare picchiare
    portare praticare precisare pregare premiare prenotare preoccupare preparare presentare
    preservare prestare privare privatizzare programmare progettare prolungare pronunciare
    protestare provare provocare pubblicare puntare
    qualificare quantificare
    raccomandare raccontare raddoppiare rafforzare rallentare rapinare rappresentare
    rassicurare razionare realizzare recare recuperare regalare registrare regolare replicare
    reclamare reclutare respirare restare revocare ricattare ricordare ridimensionare rientrare
    rifiutare rigettare riguardare rilanciare rilasciare rilevare rimandare rimpatriare
    rinnovare rinunciare rinviare riparare ripristinare riportare riposare riscattare rischiare
    riservare risparmiare rispettare risultare ritardare ritirare ritornare rivelare
    rivendicare rovesciare rovinare rubare
    salvare saltare sanzionare sbagliare sbarcare sbloccare scambiare scappare scaricare
    scartare scatenare scavare schierare scontare scortare scusare segnalare segnare
    selezionare semplificare sembrare separare sequestrare sfidare sfilare sfollare sfruttare
    sganciare sgomberare siglare significare smantellare sognare sollecitare sollevare
    somigliare sopportare sorvegliare sospettare spaventare sparare specificare sperare
    sperimentare spiegare spostare sprecare stabilizzare stampare stanziare stimare stimolare
    stipulare strappare studiare suonare superare supportare sventare sviluppare
    tagliare tassare telefonare tentare terminare testimoniare tirare toccare tollerare tornare
    torturare tracciare trascinare trasformare trasportare trattare tremare trovare truffare
    tutelare
    ufficializzare umiliare usare utilizzare
    vaccinare valutare vantare variare varare verificare viaggiare vietare violare visitare
    volare votare
    adorare affacciare agitare alimentare alternare amministrare ammirare annoiare apprestare aspirare
    assomigliare attirare augurare auspicare ballare basare beccare bisognare brindare buttare
    baciare cacciare cavalcare cenare chiacchierare circondare cominciare completare conquistare
    desiderare detestare disattivare disprezzare disturbare drogare esentare fumare giovare
    gravare illuminare imitare imparare implicare incarnare incitare incominciare incrociare
    indossare iniziare insultare intitolare invocare ipotizzare lavare levare litigare mangiare
    militare mirare mollare montare odiare necessitare onorare osare passeggiare penetrare perdonare
    perseguitare poggiare precipitare predicare prelevare proclamare procurare radunare
    raffigurare ragionare recitare regnare riattivare ricavare richiamare ricominciare
    ringraziare riprovare risollevare rispecchiare ritrovare ruotare salutare scattare
    scherzare scoppiare scordare sforzare sistemare soffiare soffocare sorvolare sottolineare
    spacciare spettare spiccare sposare staccare suscitare svegliare tormentare tralasciare
    urlare vagare versare vergognare voltare
    accennare accontentare allevare beneficiare brillare celare confidare guastare infuriare
    oscillare ribellare ricercare ripassare sanguinare schivare spaccare sussurrare

    # -ere, regular
    abbattere accedere assistere battere cedere combattere competere consistere credere
    dibattere eccedere esigere esistere imbattere insistere pendere persistere piovere precedere
    premere presiedere procedere resistere ricevere riflettere ripetere risiedere rivendere
    sbattere sussistere temere vendere vertere vigere

    # -ire, regular
    applaudire aprire assorbire avvertire conseguire consentire convertire coprire dormire
    divertire eseguire fuggire inseguire investire mentire nutrire offrire partire pentire
    perseguire proseguire riaprire ricoprire ripartire risentire rivestire scoprire seguire
    sentire servire sfuggire soffrire susseguire vestire

    # -ire with -isc-
    abolire* acquisire* aderire* agire* aggredire* alleggerire* ammonire* approfondire*
    arricchire* attribuire* capire* chiarire* colpire* concepire* conferire* contribuire*
    costituire* costruire* custodire* definire* demolire* differire* digerire* diminuire*
    distribuire* esaurire* esibire* esordire* fallire* favorire* ferire* finire* fiorire*
    fornire* garantire* gestire* gradire* guarire* impedire* impoverire* indebolire* inferire*
    inserire* interferire* intuire* istituire* istruire* obbedire* patire* percepire*
    preferire* progredire* proibire* pulire* punire* rapire* reagire* restituire* ribadire*
    ricostruire* riferire* riunire* sancire* scolpire* seppellire* smentire* sostituire*
    sparire* spedire* stabilire* stupire* subire* suggerire* svanire* tradire* trasferire*
    ubbidire* unire* usufruire*
    abbellire* affievolire* ambire* allestire* annuire* arrossire* asserire* bandire* confluire*
    gioire* impadronire* impartire* impazzire* incuriosire* infastidire* influire* inibire*
    innervosire* insospettire* interagire* partorire* perire* recensire* recepire* rifornire*
    ripulire* ristabilire* scandire* scaturire* sminuire* spartire* stordire*
    accanire* addolcire* brandire* fruire* indurire* infittire* ingrandire* intristire* inveire*
    lambire* tossire*

    # compounds of irregular bases
    pre|vedere ri|vedere prov|vedere
    com|prendere sor|prendere ap|prendere ri|prendere intra|prendere
    am|mettere com|mettere di|mettere e|mettere per|mettere pro|mettere ri|mettere s|mettere
    sotto|mettere tras|mettere
    sos|tenere man|tenere ot|tenere con|tenere ri|tenere de|tenere trat|tenere appar|tenere
    as|tenere intrat|tenere
    av|venire con|venire inter|venire pre|venire di|venire pro|venire s|venire soprav|venire
    contrav|venire
    pro|porre com|porre dis|porre im|porre op|porre sup|porre es|porre sotto|porre de|porre
    predis|porre ri|porre contrap|porre
    pro|durre ri|durre con|durre in|durre intro|durre tra|durre de|durre se|durre
    at|trarre dis|trarre sot|trarre con|trarre es|trarre ri|trarre de|trarre
    contrad|dire pre|dire ri|dire bene|dire male|dire dis|dire
    ri|fare soddis|fare dis|fare contraf|fare
    ri|uscire ri|chiedere cor|rispondere
    ri|scrivere de|scrivere i|scrivere pre|scrivere sotto|scrivere tra|scrivere
    e|leggere ri|leggere
    con|correre oc|correre soc|correre per|correre ri|correre de|correre tras|correre
    s|correre
    con|vincere rac|cogliere ac|cogliere dis|togliere
    pro|muovere ri|muovere com|muovere
    soprav|vivere con|vivere pos|sedere pre|valere equi|valere di|spiacere com|piacere
    rin|chiudere ac|cadere s|cadere ri|conoscere ac|crescere ri|nascere
    con|cludere es|cludere in|cludere pre|cludere
    es|primere com|primere re|primere op|primere im|primere sop|primere
    as|sumere pre|sumere rias|sumere
    con|fondere dif|fondere
    de|cidere uc|cidere in|cidere coin|cidere
    con|dividere sud|dividere sor|ridere de|ridere ar|rendere
    s|pendere sos|pendere di|pendere ap|pendere
    at|tendere in|tendere pre|tendere es|tendere con|tendere s|tendere
    ac|cendere s|cendere dis|cendere as|cendere
    di|fendere of|fendere
    s|pingere res|pingere di|pingere
    rag|giungere ag|giungere con|giungere co|stringere re|stringere
    s|volgere ri|volgere coin|volgere tra|volgere av|volgere
    ri|sorgere e|mergere im|mergere som|mergere in|vadere e|vadere
    al|ludere de|ludere e|ludere il|ludere
    cor|reggere sor|reggere ri|solvere as|solvere
    ap|parire scom|parire com|parire ri|salire as|salire
    dis|cutere ir|rompere inter|rompere ri|scuotere
    scom|mettere pro|trarre ripro|porre rac|chiudere riper|correre at|tenere s|piacere
    """
}
