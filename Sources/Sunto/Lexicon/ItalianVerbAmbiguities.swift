extension ItalianVerbLexicon {
    /// Finite forms that in news text are as often or more often something else: nouns
    /// (`lavoro`, `parte`, `porta`, `legge`), adjectives (`libera`, `stessi`), numerals (`sei`),
    /// prepositions and adverbs (`entro`, `verso`, `dai`, `fa` as in `due anni fa`), names
    /// (`usa`, `lega`). Split at first use.
    ///
    /// Chosen by hand from the generated forms that a frequency list ranks common and a
    /// part-of-speech lookup also lists as another part of speech. Most are 1st/2nd person
    /// present forms (`governo`, `progetti`), rare in news outside quotes, so excluding them
    /// costs little. Forms that are also past participles (`arrivate`, `prese`) are found
    /// by the conjugator and need no entry here.
    static let ambiguousFormSource = """
    abbandoni abbandono abbracci abbraccio abiti abitino abito abusi abuso accenni accenno
    accetti accetto accorsi accumuli accumulo accusa acquisti acquisto adatta adatti adatto
    affidi affido affitti affitto affondi affondo affronti affronto agevoli agiate aiuti aiutino
    aiuto alimenti alimento allarmi allerta alloggi alloggio alterna alterni alterno anima animi
    animo annunci annuncio anticipi anticipo appelli appello appoggi appoggio argini arma armi
    arresti arresto arrivi arrivo ascolti ascolto aspetti aspetto assaggi assaggio assassina
    assassini assassino assedio assegni assegno attacchi attacco attiva attivi attivo attraverso
    auguri aumenti aumento avanzi avanzo avvio avvisi avviso baci bacino bacio balli ballo basi
    becchi becchino becco benefici beneficio bisogni bisogno blocchi blocco brilli brillo caccia
    calcoli calcolo cali calma calmi calmo calo cambi cambio cammini cammino cancelli cancello
    candida candidi candido canti canto capitano carica carichi carico cattura causa celebri
    cena censura cerchi cessi cesso chiarissimo chiese circoli circolo cogli collega colleghi
    colma colmi colmo coltivi coltivo comandi comando commenti commento commissioni compari
    compensi compenso completa completi completino completo concordi condanna condizioni
    conferma confisca confronti confronto conquista consegna conserva consigli consiglio
    consulta consulti consulto consumi consumo contagi contagio contatti contatto contesti
    contesto conti continui continuo conto contrasti contrasto controlli controllo copia costa
    costi costo critica critico crolli crollo cucina cura dai danno decollo decreti decreto
    dedica delega denuncia depositi deposito desideri destini destino diffida dimentico disegni
    disegnino disegno disprezzi disprezzo disputa distinguo disturbi disturbo do documenti
    documento domanda domini domino doni dono doti droga dura duri duro elenchi elenco entro
    equipaggi equipaggio ergo esenti eserciti esercito fa fabbrica faccia facciate ferma fermi
    fermo fida fidi fido figura filmino finissimo firma fissa fissi fisso fondi fondo forma
    formula fotografa fotografi fotografo freni freno frequenti fumi fumo fungo funzioni generi
    genero getti getto giochi giochino gioco giri girino giro governi governo gravi grida gridi
    grido guadagni guadagno guasta guasti guasto guida guido han idea illustri imbarco immagini
    impegni impegno impieghi impiego importi importo incarichi incarico incassi incasso incendi
    incendio incentivi incentivo incontri incontro incrementi incremento incroci incrocio indico
    indirizzi indirizzo influenza inganni inganno inizi inizio innesco insegna insulti insulto
    interessi interpreti intervista intima intimi intimo invio inviti invito isola isolano
    lamenti lamento lanci lancio lava lavori lavoro lega legge leggi lego leva levi libera
    liberi libero limiti lodi lodo lotta lotti lotto manco manifesti manifesto marci marcia
    marcio massacri massacro menta mente menti mento meriti merito migliori militi minaccia mira
    mirino miro misura modifica molla molli mollo montano monti mostra mostri mostro motivi
    motivo negozi negozio nomina nota notai noti notifica noto obblighi obbligo odi odio onori
    opera operai ordini ospiti ostacoli ostacolo pago paia paio parete pari parte partecipi
    parti parto passeggino passeggio passi passo peggiori perdoni perdono pesi peso piazza
    picchi poggi poggio porta porti porto pratica pratico precisi preciso predica prego premesse
    premi premio presenti presto priva privi privo proclami procura progetti progetto programma
    programmi pronuncia protesta protesti protesto prova provino pubblica pubblico punti
    puntino punto qualifica racconti raccontino racconto raddoppio raduni raduno ragioni rapina
    razioni realizzo recita reclami reclamo recluta recuperi recupero regali regalino regalo
    registri registro regni regno regola respiri respiro resti resto ribelli ricatti ricatto
    ricavi ricavo ricerca richiami richiamo ricordi ricordino ricordo rientri rientro rifiuti
    rifiuto rigetto riguardi riguardo rilanci rilancio rilasci rilascio rimandi rimando rimpatri
    rimpatrio rinnovi rinnovo rinuncia rinvio ripari riparo ripasso riporti riporto riposi
    riposino riposo ripristino riscatti riscatto rischi rischio riserva risorse risparmi
    risparmio rispetti rispetto ritardi ritardo ritiri ritiro ritorni ritorno ritrovi ritrovo
    rovesci rovescia rovescio rovina rubino ruota sale sali saliva salti saltino salto saluti
    saluto salvi salvo sanzioni sbagli sbaglio sbarchi sbarco sblocco scambi scambio scarichi
    scarico scarti scarto scatti scatto scavi scavo scherzi scherzo schiera schiva schivo sconti
    sconto scoppi scoppio scorta scrivano scusa segnali segni segno sei selezioni sequestri
    sequestro servi servo sfida sforzi sforzo sgomberi sgombero sigla sistema sistemi soffi
    soffio soglia sogni sogno solleciti sollecito sorsi sospetta sospetti sospetto spacchi
    spacci spaccio spacco spari sparo spaventi spavento specifica specifico spicchi spicco sposa
    sposi sposo sprechi spreco stacchi stacco stampa stampi stampo stanzino stesse stessi stima
    stimoli stimolo strappi strappo stringa studi studio suoli suoni suono supporti supporto
    sussurri sussurro svegli sveglia sveglio sviluppi sviluppo tagli taglia taglio tassa tassi
    tasso telefoni telefonino telefono tema temi tenda termini testimoni tiri tiro tocchi tocco
    tormenta tormenti tormento torno tortura traccia trasporti trasporto trattino truffa tutela
    umili urla urlo usa usi uso utilizzi utilizzo vaccini vaccino vaga vaghi vago valgo valuta
    vanti vanto vari varia vario varo vendette vergogna verifica versi verso veste vesti viaggi
    viaggio viola violino visita viva vivi vivo voglia volgo voli volo voti voto
    """

    /// Forms spelled like a past participle that in news are nearly always the finite verb
    /// (`si tratta di`, `decise di`), kept unambiguous despite the collision. Split at first use.
    static let verbReadingFormSource = """
    decise successe tratta valse
    """
}
