/// Italian towns whose names are also common words (`Asti` is not `auctions`, `Latina` not
/// `Latin`, `Potenza` not `power`): inside a sentence, written with a capital, they are the
/// town, and their common readings are set aside so that the name is written as it stands
/// (or as English names it: `Torino` → `Turin`).
///
/// The provincial capitals and other towns often in the news, written by hand (facts); only
/// those that are also Italian words make a difference.
enum PlaceNames {
    /// Clears the readings of capitalised town names that do not open a sentence.
    static func mark(_ units: inout [SourceUnit]) {
        for index in units.indices.dropFirst() where units[index].token.kind == .word && units[index].fixed == nil
            && !units[index].analyses.isEmpty && towns.contains(units[index].token.text)
        {
            guard !ItalianTagger.opensSentence(units, index) else { continue }
            units[index].analyses = []
        }
    }

    static let towns: Set<String> = [
        // Provincial capitals.
        "Agrigento", "Alessandria", "Ancona", "Aosta", "Arezzo", "Ascoli", "Asti", "Avellino", "Bari", "Barletta", "Andria",
        "Trani", "Belluno", "Benevento", "Bergamo", "Biella", "Bologna", "Bolzano", "Brescia", "Brindisi", "Cagliari",
        "Caltanissetta", "Campobasso", "Carbonia", "Caserta", "Catania", "Catanzaro", "Chieti", "Como", "Cosenza", "Cremona",
        "Crotone", "Cuneo", "Enna", "Fermo", "Ferrara", "Firenze", "Foggia", "Forlì", "Cesena", "Frosinone", "Genova",
        "Gorizia", "Grosseto", "Imperia", "Isernia", "Latina", "Lecce", "Lecco", "Livorno", "Lodi", "Lucca", "Macerata",
        "Mantova", "Massa", "Carrara", "Matera", "Messina", "Milano", "Modena", "Monza", "Napoli", "Novara", "Nuoro",
        "Oristano", "Padova", "Palermo", "Parma", "Pavia", "Perugia", "Pesaro", "Urbino", "Pescara", "Piacenza", "Pisa",
        "Pistoia", "Pordenone", "Potenza", "Prato", "Ragusa", "Ravenna", "Reggio", "Rieti", "Rimini", "Roma", "Rovigo",
        "Salerno", "Sassari", "Savona", "Siena", "Siracusa", "Sondrio", "Taranto", "Teramo", "Terni", "Torino", "Trapani",
        "Trento", "Treviso", "Trieste", "Udine", "Varese", "Venezia", "Verbania", "Vercelli", "Verona", "Vibo", "Vicenza",
        "Viterbo",
        // Other towns often in the news whose names are also words.
        "Alba", "Bra", "Cattolica", "Gela", "Monopoli", "Nettuno", "Noto", "Ostia", "Sora", "Vasto", "Vittoria", "Canelli",
        "Fiumicino", "Ciampino", "Pompei", "Ercolano", "Sorrento", "Assisi", "Gubbio", "Spoleto", "Orvieto", "Taormina",
        "Cefalù", "Marsala", "Civitavecchia", "Viareggio", "Empoli", "Piombino", "Rapallo", "Chiavari", "Sanremo", "Riccione",
        "Senigallia", "Jesi", "Fano", "Recanati", "Loreto", "Lanciano", "Termoli", "Pozzuoli", "Battipaglia", "Eboli",
        "Nola", "Acerra", "Molfetta", "Bitonto", "Altamura", "Gravina", "Cerignola", "Manfredonia", "Lucera", "Gallipoli",
        "Otranto", "Ostuni", "Fasano", "Modica", "Comiso", "Mazara", "Chioggia", "Cortina", "Bormio", "Livigno",
    ]
}
