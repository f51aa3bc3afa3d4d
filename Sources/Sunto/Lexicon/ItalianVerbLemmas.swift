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
    abbandonare abbassare abbracciare abitare abituare abusare accelerare accennare accentuare
    accertare accettare accompagnare accontentare accumulare accusare acquistare adattare
    addestrare adeguare adorare adottare affacciare affermare affiancare affidare affittare
    affondare affrontare agevolare aggiornare aggirare aggiudicare aggravare agitare aiutare
    alimentare allagare allargare allarmare allenare allertare allevare alloggiare allontanare
    alternare alzare amare ammazzare amministrare ammirare ammontare ampliare analizzare animare
    annegare annoiare annullare annunciare anticipare appellare applicare appoggiare apprestare
    apprezzare approfittare approvare arginare armare arrestare arrivare arruolare ascoltare
    aspettare aspirare assaggiare assassinare assediare assegnare assicurare associare
    assomigliare attaccare attestare attirare attivare attraversare attuare augurare aumentare
    auspicare autorizzare avanzare avvelenare avviare avvicinare avvisare azzerare
    baciare ballare basare bastare beccare beneficiare bisognare bloccare bocciare boicottare
    bombardare brillare brindare bruciare buttare
    cacciare calare calcolare calmare cambiare camminare cancellare candidare cantare capitare
    caratterizzare caricare catturare causare cavalcare celare celebrare cenare censurare
    cercare cessare chiacchierare chiamare circolare circondare citare collaborare collegare
    collocare colmare coltivare comandare cominciare commentare commissionare compensare
    completare comportare comprare comunicare concentrare concordare condannare condizionare
    confermare confidare confiscare confrontare congelare conquistare consegnare conservare
    considerare consigliare consolidare constatare consultare consumare contagiare contaminare
    contare contattare contestare continuare contrastare controllare convocare coordinare
    copiare costare creare criticare crollare cucinare curare
    danneggiare decollare decretare dedicare delegare delineare denunciare deplorare deportare
    depositare derivare desiderare destabilizzare destinare determinare detestare dettare
    dichiarare diffidare dimenticare dimezzare dimostrare disattivare disegnare disinnescare
    dispiegare disprezzare disputare disturbare diventare divorare documentare domandare
    dominare donare dotare drogare dubitare durare
    educare effettuare elaborare elencare elevare eliminare emanare emigrare entrare
    equipaggiare esagerare esaltare esaminare esentare esercitare esortare esplorare esportare
    evacuare evidenziare evitare evocare
    fabbricare facilitare falsificare fermare festeggiare fidare figurare filmare finanziare
    firmare fissare fondare formare formulare fotografare frenare frequentare fronteggiare
    fumare funzionare
    generare gettare giocare giovare girare giudicare giurare giustificare governare gravare
    gridare guadagnare guardare guastare guidare
    ideare identificare ignorare illuminare illustrare imbarcare imitare immaginare imparare
    impegnare impiegare implementare implicare importare impostare incaricare incarnare
    incassare incendiare incentivare incitare incolpare incominciare incontrare incoraggiare
    incrementare incrociare indagare indicare indirizzare indossare influenzare informare
    infuriare ingannare iniziare innalzare innescare inquinare insediare insegnare insultare
    intensificare interessare interpretare interrogare intervistare intimare intitolare
    inventare inviare invitare invocare ipotizzare isolare ispirare
    lamentare lanciare lasciare lavare lavorare legare levare liberare limitare litigare
    localizzare lodare lottare
    mancare mandare mangiare manifestare marciare massacrare meritare migliorare militare
    minacciare mirare misurare mobilitare modificare mollare monitorare montare mostrare
    motivare
    narrare navigare necessitare negare negoziare nominare notare notificare
    obbligare occupare odiare onorare operare ordinare organizzare orientare osare oscillare
    ospitare osservare ostacolare
    pagare parlare partecipare passare passeggiare peggiorare penetrare pensare perdonare
    perseguitare pesare pianificare piazzare picchiare poggiare portare praticare precipitare
    precisare predicare pregare prelevare premiare prenotare preoccupare preparare presentare
    preservare prestare privare privatizzare proclamare procurare progettare programmare
    prolungare pronunciare protestare provare provocare pubblicare puntare
    qualificare quantificare
    raccomandare raccontare raddoppiare radunare raffigurare rafforzare ragionare rallentare
    rapinare rappresentare rassicurare razionare realizzare recare recitare reclamare reclutare
    recuperare regalare registrare regnare regolare replicare respirare restare revocare
    riattivare ribellare ricattare ricavare ricercare richiamare ricominciare ricordare
    ridimensionare rientrare rifiutare rigettare riguardare rilanciare rilasciare rilevare
    rimandare rimpatriare ringraziare rinnovare rinunciare rinviare riparare ripassare riportare
    riposare ripristinare riprovare riscattare rischiare riservare risollevare risparmiare
    rispecchiare rispettare risultare ritardare ritirare ritornare ritrovare rivelare
    rivendicare rovesciare rovinare rubare ruotare
    saltare salutare salvare sanguinare sanzionare sbagliare sbarcare sbloccare scambiare
    scappare scaricare scartare scatenare scattare scavare scherzare schierare schivare scontare
    scoppiare scordare scortare scusare segnalare segnare selezionare sembrare semplificare
    separare sequestrare sfidare sfilare sfollare sforzare sfruttare sganciare sgomberare
    siglare significare sistemare smantellare soffiare soffocare sognare sollecitare sollevare
    somigliare sopportare sorvegliare sorvolare sospettare sottolineare spaccare spacciare
    sparare spaventare specificare sperare sperimentare spettare spiccare spiegare sposare
    spostare sprecare stabilizzare staccare stampare stanziare stimare stimolare stipulare
    strappare studiare suonare superare supportare suscitare sussurrare svegliare sventare
    sviluppare
    tagliare tassare telefonare tentare terminare testimoniare tirare toccare tollerare
    tormentare tornare torturare tracciare tralasciare trascinare trasformare trasportare
    trattare tremare trovare truffare tutelare
    ufficializzare umiliare urlare usare utilizzare
    vaccinare vagare valutare vantare varare variare vergognare verificare versare viaggiare
    vietare violare visitare volare voltare votare

    # -ere, regular
    abbattere accedere assistere battere cedere combattere competere consistere credere
    dibattere eccedere esigere esistere imbattere insistere pendere persistere piovere precedere
    premere presiedere procedere resistere ricevere riflettere ripetere risiedere rivendere
    sbattere sussistere temere vendere vertere vigere

    # -ire, regular
    applaudire aprire assorbire avvertire conseguire consentire convertire coprire divertire
    dormire eseguire fuggire inseguire investire mentire nutrire offrire partire pentire
    perseguire proseguire riaprire ricoprire ripartire risentire rivestire scoprire seguire
    sentire servire sfuggire soffrire susseguire vestire

    # -ire with -isc-
    abbellire* abolire* accanire* acquisire* addolcire* aderire* affievolire* aggredire* agire*
    alleggerire* allestire* ambire* ammonire* annuire* approfondire* arricchire* arrossire*
    asserire* attribuire* bandire* brandire* capire* chiarire* colpire* concepire* conferire*
    confluire* contribuire* costituire* costruire* custodire* definire* demolire* differire*
    digerire* diminuire* distribuire* esaurire* esibire* esordire* fallire* favorire* ferire*
    finire* fiorire* fornire* fruire* garantire* gestire* gioire* gradire* guarire* impadronire*
    impartire* impazzire* impedire* impoverire* incuriosire* indebolire* indurire* infastidire*
    inferire* infittire* influire* ingrandire* inibire* innervosire* inserire* insospettire*
    interagire* interferire* intristire* intuire* inveire* istituire* istruire* lambire*
    obbedire* partorire* patire* percepire* perire* preferire* progredire* proibire* pulire*
    punire* rapire* reagire* recensire* recepire* restituire* ribadire* ricostruire* riferire*
    rifornire* ripulire* ristabilire* riunire* sancire* scandire* scaturire* scolpire*
    seppellire* smentire* sminuire* sostituire* sparire* spartire* spedire* stabilire* stordire*
    stupire* subire* suggerire* svanire* tossire* tradire* trasferire* ubbidire* unire*
    usufruire*

    # compounds of irregular bases
    pre|vedere ri|vedere prov|vedere com|prendere sor|prendere ap|prendere ri|prendere
    intra|prendere am|mettere com|mettere di|mettere e|mettere per|mettere pro|mettere
    ri|mettere s|mettere sotto|mettere tras|mettere sos|tenere man|tenere ot|tenere con|tenere
    ri|tenere de|tenere trat|tenere appar|tenere as|tenere intrat|tenere av|venire con|venire
    inter|venire pre|venire di|venire pro|venire s|venire soprav|venire contrav|venire pro|porre
    com|porre dis|porre im|porre op|porre sup|porre es|porre sotto|porre de|porre predis|porre
    ri|porre contrap|porre pro|durre ri|durre con|durre in|durre intro|durre tra|durre de|durre
    se|durre at|trarre dis|trarre sot|trarre con|trarre es|trarre ri|trarre de|trarre
    contrad|dire pre|dire ri|dire bene|dire male|dire dis|dire ri|fare soddis|fare dis|fare
    contraf|fare ri|uscire ri|chiedere cor|rispondere ri|scrivere de|scrivere i|scrivere
    pre|scrivere sotto|scrivere tra|scrivere e|leggere ri|leggere con|correre oc|correre
    soc|correre per|correre ri|correre de|correre tras|correre s|correre con|vincere
    rac|cogliere ac|cogliere dis|togliere pro|muovere ri|muovere com|muovere soprav|vivere
    con|vivere pos|sedere pre|valere equi|valere di|spiacere com|piacere rin|chiudere ac|cadere
    s|cadere ri|conoscere ac|crescere ri|nascere con|cludere es|cludere in|cludere pre|cludere
    es|primere com|primere re|primere op|primere im|primere sop|primere as|sumere pre|sumere
    rias|sumere con|fondere dif|fondere de|cidere uc|cidere in|cidere coin|cidere con|dividere
    sud|dividere sor|ridere de|ridere ar|rendere s|pendere sos|pendere di|pendere ap|pendere
    at|tendere in|tendere pre|tendere es|tendere con|tendere s|tendere ac|cendere s|cendere
    dis|cendere as|cendere di|fendere of|fendere s|pingere res|pingere di|pingere rag|giungere
    ag|giungere con|giungere co|stringere re|stringere s|volgere ri|volgere coin|volgere
    tra|volgere av|volgere ri|sorgere e|mergere im|mergere som|mergere in|vadere e|vadere
    al|ludere de|ludere e|ludere il|ludere cor|reggere sor|reggere ri|solvere as|solvere
    ap|parire scom|parire com|parire ri|salire as|salire dis|cutere ir|rompere inter|rompere
    ri|scuotere scom|mettere pro|trarre ripro|porre rac|chiudere riper|correre at|tenere
    s|piacere
    """
}
