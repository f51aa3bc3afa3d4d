/// The word lists the sentence splitter consults, built once per process.
///
/// Entries are lower-case and written without their final period, the form
/// ``normalized(_:)`` gives: the splitter looks up the token before a period, lower-cased.
enum ItalianAbbreviations {
    /// Abbreviations after which a period does not end a sentence.
    ///
    /// Left out on purpose, though they are sometimes abbreviated: words that are also ordinary
    /// nouns and end sentences in news text ("fax", "comma", "spa"), and units of measure
    /// ("km", "kg"), which Italian writes without a period.
    static let builtIn: Set<String> = [
        // Titles and forms of address.
        "sig", "sigg", "sig.ra", "sig.na", "sigg.re", "dott", "dott.ssa", "dr", "dr.ssa", "prof", "proff",
        "prof.ssa", "avv", "ing", "on", "on.le", "sen", "arch", "geom", "rag", "mons", "don", "card",
        "fr", "sr", "mr", "mrs", "ms", "jr", "st", "ill.mo", "ill.ma", "egr", "gent", "gent.mo",
        "gent.ma", "gent.mi", "spett", "spett.le", "chiar.mo", "preg.mo", "rev", "dep", "pres",
        // Military ranks.
        "gen", "col", "cap", "magg", "ten", "serg", "mar", "amm", "cav", "comm", "uff",
        // References, citations and legal texts.
        "p", "pp", "pag", "pagg", "art", "artt", "co", "n", "nn", "num", "vol", "voll", "capp",
        "par", "fig", "figg", "tab", "tav", "lett", "sez", "all", "cfr", "vd", "v", "s", "ss", "sgg",
        "ed", "op", "cit", "trad", "l", "d.lgs", "dlgs", "reg", "dir", "dec", "decr", "circ", "cost",
        "cod", "civ", "pen", "proc", "sent", "ord", "trib", "cass", "gazz", "suppl", "prot", "rif",
        "mod", "prec", "succ", "ult",
        // Lists, approximations and comparisons.
        "ca", "ecc", "etc", "es", "p.es", "vs",
        // Companies.
        "s.p.a", "s.r.l", "s.n.c", "s.a.s", "srl", "inc", "ltd", "corp", "soc",
        // Dates and eras.
        "a.c", "d.c", "sec", "genn", "febbr", "sett", "ott", "nov", "dic",
        // Contacts, places and offices.
        "tel", "cell", "int", "sc", "loc", "fraz", "prov", "naz", "min", "ass", "amm.re",
    ]

    /// Abbreviations that also close lists at the end of a sentence.
    ///
    /// "ecc." and "etc." end a sentence when an upper-case word follows; with a lower-case
    /// word after them they stay inside it. A capital after "ecc." is far more often a new
    /// sentence than a proper noun continuing the list, so splitting there is the better bet.
    static let sentenceFinal: Set<String> = ["ecc", "etc"]

    /// Words that name a single letter as a category ("serie A", "vitamina C"), after which a
    /// capital letter and a period are not an initial and may end the sentence.
    static let letterNames: Set<String> = [
        "serie", "girone", "gruppo", "classe", "categoria", "fascia", "zona", "piano", "vitamina",
        "tipo", "lettera", "formula", "allegato", "punto",
    ]

    /// Italian articles, prepositions, conjunctions and clitics: a line ending in one of these
    /// is a hard-wrapped line whose sentence goes on, even when the next line starts with a
    /// capital ("il vertice si è tenuto a" / "Vilnius").
    static let continuationWords: Set<String> = [
        "a", "ad", "al", "allo", "alla", "ai", "agli", "alle", "col", "coi", "con", "da", "dal",
        "dallo", "dalla", "dai", "dagli", "dalle", "di", "del", "dello", "della", "dei", "degli",
        "delle", "in", "nel", "nello", "nella", "nei", "negli", "nelle", "su", "sul", "sullo",
        "sulla", "sui", "sugli", "sulle", "per", "tra", "fra", "presso", "verso", "fino", "tramite",
        "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "e", "ed", "o", "od", "ma", "né",
        "che", "se", "cui", "non", "si", "ci", "vi", "ne", "mi", "ti",
    ]

    /// The form an abbreviation is stored and looked up in: lower-case, without the final period.
    static func normalized(_ abbreviation: String) -> String {
        var form = Substring(abbreviation.lowercased())
        while form.last == "." { form.removeLast() }
        return String(form)
    }
}
