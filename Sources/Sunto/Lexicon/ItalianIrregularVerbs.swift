extension ItalianVerbLexicon {
    /// Irregular verbs, one a line: `lemma: field values; field values; …`, parsed at first use.
    ///
    /// Every tense not given is conjugated regularly from the lemma, or from the model
    /// infinitive named by `as` (`dire` conjugates like a regular `dicere`: `dicevo`, `dicessi`).
    /// Fields:
    /// - `pi` present indicative, `im` imperfect, `sp` present subjunctive,
    ///   `si` imperfect subjunctive: six forms, 1st singular to 3rd plural;
    /// - `pr` passato remoto: six forms, or one strong stem for the 1st and 3rd persons
    ///   (`diss` gives `dissi`, `disse`, `dissero`; the others stay regular: `dicesti`);
    /// - `fu` future stem, which also makes the conditional (`sar` gives `sarò`, `sarei`);
    /// - `pa` past participle, used only to tell which finite forms are also participles.
    /// A slot may hold alternatives split by `/`. When `pi` is given and `sp` is not, the
    /// present subjunctive is derived from `pi` (`vengo`, `veniamo` give `venga`, `veniate`).
    /// A lemma starting with `-` is a bound base, used only through compounds (`pro|durre`).
    /// Accents are written grave (`è`, `può`): lookups fold acute accents to grave.
    static let irregularVerbSource = """
    essere: pi sono sei è siamo siete sono; im ero eri era eravamo eravate erano; \
    pr fui fosti fu fummo foste furono; fu sar; sp sia sia sia siamo siate siano; \
    si fossi fossi fosse fossimo foste fossero; pa stato
    avere: pi ho hai ha abbiamo avete hanno; pr ebb; fu avr; \
    sp abbia abbia abbia abbiamo abbiate abbiano
    fare: as facere; pi faccio fai fa facciamo fate fanno; pr fec; fu far; pa fatto
    dire: as dicere; pi dico dici dice diciamo dite dicono; pr diss; fu dir; pa detto
    andare: pi vado vai va andiamo andate vanno; fu andr
    venire: pi vengo vieni viene veniamo venite vengono; pr venn; fu verr; pa venuto
    tenere: pi tengo tieni tiene teniamo tenete tengono; pr tenn; fu terr
    potere: pi posso puoi può possiamo potete possono; fu potr
    dovere: pi devo/debbo devi deve dobbiamo dovete devono/debbono; fu dovr; \
    sp debba/deva debba/deva debba/deva dobbiamo dobbiate debbano/devano
    volere: pi voglio vuoi vuole vogliamo volete vogliono; pr voll; fu vorr
    sapere: pi so sai sa sappiamo sapete sanno; pr sepp; fu sapr; \
    sp sappia sappia sappia sappiamo sappiate sappiano
    stare: pi sto stai sta stiamo state stanno; pr stetti stesti stette stemmo steste stettero; \
    fu star; sp stia stia stia stiamo stiate stiano; \
    si stessi stessi stesse stessimo steste stessero
    dare: pi do dai dà diamo date danno; \
    pr diedi/detti desti diede/dette demmo deste diedero/dettero; fu dar; \
    sp dia dia dia diamo diate diano; si dessi dessi desse dessimo deste dessero
    rimanere: pi rimango rimani rimane rimaniamo rimanete rimangono; pr rimas; fu rimarr; \
    pa rimasto
    porre: as ponere; pi pongo poni pone poniamo ponete pongono; pr pos; fu porr; pa posto
    trarre: as traere; pi traggo trai trae traiamo traete traggono; pr trass; fu trarr; pa tratto
    -durre: as ducere; pi duco duci duce duciamo ducete ducono; pr duss; fu durr; pa dotto
    bere: as bevere; pr bevv; fu berr
    morire: pi muoio muori muore moriamo morite muoiono; fu morr/morir; pa morto
    uscire: pi esco esci esce usciamo uscite escono
    riempire: pi riempio riempi riempie riempiamo riempite riempiono
    salire: pi salgo sali sale saliamo salite salgono
    sedere: pi siedo siedi siede sediamo sedete siedono
    -parire: pi paio/parisco pari/parisci pare/parisce pariamo parite paiono/pariscono; \
    pr pars/parv; pa parso
    scegliere: pi scelgo scegli sceglie scegliamo scegliete scelgono; pr scels; pa scelto
    cogliere: pi colgo cogli coglie cogliamo cogliete colgono; pr cols; pa colto
    togliere: pi tolgo togli toglie togliamo togliete tolgono; pr tols; pa tolto
    sciogliere: pi sciolgo sciogli scioglie sciogliamo sciogliete sciolgono; pr sciols; pa sciolto
    spegnere: pi spengo spegni spegne spegniamo spegnete spengono; pr spens; pa spento
    valere: pi valgo vali vale valiamo valete valgono; pr vals; fu varr; pa valso
    parere: pi paio pari pare paiamo parete paiono; pr parv; fu parr; pa parso
    piacere: pi piaccio piaci piace piacciamo piacete piacciono; pr piacqu
    tacere: pi taccio taci tace tacciamo tacete tacciono; pr tacqu
    giacere: pi giaccio giaci giace giacciamo giacete giacciono; pr giacqu
    solere: pi soglio suoli suole sogliamo solete sogliono
    nascere: pr nacqu; pa nato
    vivere: pr viss; fu vivr; pa vissuto
    vedere: pr vid; fu vedr/veder; pa visto
    cadere: pr cadd; fu cadr
    godere: fu godr
    compiere: pr compii compisti compì compimmo compiste compirono; pa compiuto
    conoscere: pr conobb; pa conosciuto
    crescere: pr crebb; pa cresciuto
    rompere: pr rupp; pa rotto
    muovere: pr moss; pa mosso
    scuotere: pr scoss; pa scosso
    chiudere: pr chius; pa chiuso
    prendere: pr pres; pa preso
    mettere: pr mis; pa messo
    rendere: pr res; pa reso
    chiedere: pr chies; pa chiesto
    rispondere: pr rispos; pa risposto
    scrivere: pr scriss; pa scritto
    leggere: pr less; pa letto
    reggere: pr ress; pa retto
    proteggere: pr protess; pa protetto
    correre: pr cors; pa corso
    perdere: pr pers; pa perso
    vincere: pr vins; pa vinto
    ridere: pr ris; pa riso
    dividere: pr divis; pa diviso
    giungere: pr giuns; pa giunto
    piangere: pr pians; pa pianto
    stringere: pr strins; pa stretto
    distinguere: pr distins; pa distinto
    sorgere: pr sors; pa sorto
    accorgere: pr accors; pa accorto
    esplodere: pr esplos; pa esploso
    persuadere: pr persuas; pa persuaso
    nascondere: pr nascos; pa nascosto
    fondere: pr fus; pa fuso
    dirigere: pr diress; pa diretto
    redigere: pr redass; pa redatto
    distruggere: pr distruss; pa distrutto
    infliggere: pr infliss; pa inflitto
    sconfiggere: pr sconfiss; pa sconfitto
    affiggere: pr affiss; pa affisso
    affliggere: pr affliss; pa afflitto
    ergere: pr ers; pa erto
    erigere: pr eress; pa eretto
    fingere: pr fins; pa finto
    fungere: pr funs; pa funto
    succedere: pr success; pa successo
    concedere: pr conces; pa concesso
    -cidere: pr cis; pa ciso
    -cludere: pr clus; pa cluso
    -primere: pr press; pa presso
    -sumere: pr suns; pa sunto
    -cutere: pr cuss; pa cusso
    -pendere: pr pes; pa peso
    tendere: pr tes; pa teso
    -cendere: pr ces; pa ceso
    -fendere: pr fes; pa feso
    -pingere: pr pins; pa pinto
    volgere: pr vols; pa volto
    -mergere: pr mers; pa merso
    -vadere: pr vas; pa vaso
    -ludere: pr lus; pa luso
    -solvere: pr sols; pa solto
    """
}
