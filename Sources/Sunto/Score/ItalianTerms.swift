/// Turns Italian words into index terms for sentence similarity: stopwords are dropped and the
/// inflectional ending is removed, so "accordo" and "accordi" count as one term.
enum ItalianTerms {
    /// The index term of a lowercased word, or `nil` for a stopword, a number or a one-letter word.
    /// An elided word ("dell'", "quest'") is looked up without its apostrophe.
    static func term(_ word: String) -> String? {
        let word = word.hasSuffix("'") ? String(word.dropLast()) : word
        guard word.unicodeScalars.count > 1, !stopwords.contains(word),
            word.unicodeScalars.contains(where: { $0.properties.isAlphabetic })
        else { return nil }
        return stem(word)
    }

    /// A light stemmer: removes the final vowel(s) that carry number and gender.
    static func stem(_ word: String) -> String {
        var scalars = Array(word.unicodeScalars)
        guard scalars.count > 4 else { return word }
        for suffix in ["zioni", "zione", "mente", "ità", "iche", "ichi", "ghe", "ghi", "che", "chi"] {
            let suffixScalars = Array(suffix.unicodeScalars)
            if scalars.count > suffixScalars.count + 2, scalars.suffix(suffixScalars.count).elementsEqual(suffixScalars) {
                scalars.removeLast(suffixScalars.count - (suffix.hasPrefix("zion") ? 3 : 0))
                return String(String.UnicodeScalarView(scalars))
            }
        }
        while scalars.count > 4, let last = scalars.last, "aeiouàèéìòù".unicodeScalars.contains(last) {
            scalars.removeLast()
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Italian function words and very common verbs that say nothing about a sentence's topic.
    static let stopwords: Set<String> = Set("""
        a ad al alla alle allo ai agli all anche ancora avere aveva avevano avrà avrebbe c che chi ci cioè come con col \
        contro cui da dal dalla dalle dallo dai dagli dall de del della delle dello dei degli dell di dopo dove e è ed \
        era erano essere essa esso fa fare fatto fino fra gli ha hanno ho i il in infatti inoltre invece io l la le lei \
        li lo loro lui ma mai me mentre mi molto ne né nel nella nelle nello nei negli nell no noi non nostro nostra o \
        ogni oltre per perché però più poi può quale quali quando quanto quella quelle quello quelli questa queste \
        questo questi qui quindi se secondo sembra senza si sia siamo sono sta stata stati stato su sua sue sul sulla \
        sulle sullo sui sugli sull suo suoi tra tanto te ti tra tutta tutte tutti tutto un una uno un' vi voi già \
        così detto ha dichiarato affermato spiegato aggiunto sarà saranno stata essere avuto circa ieri oggi domani \
        verso sempre solo proprio altro altra altri altre stesso stessa ciò tale tali cui nonché ovvero oppure \
        quest nell sull dall dell all coll tutt bell sant
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
