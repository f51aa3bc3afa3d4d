/// Turns Italian words into index terms for sentence similarity: stopwords are dropped and the
/// inflectional ending is removed, so "accordo" and "accordi" count as one term.
enum ItalianTerms {
    /// The key of the index term of a lower-cased word given as UTF-8 bytes (with `key`, the key of
    /// the whole word), or 0 for a stopword or a one-letter word.
    ///
    /// The stem is the word without the final vowel(s) that carry number and gender, and without a
    /// few derivational endings ("-zione"/"-zioni" become "-zio", "-mente" and "-ità" go; "-che",
    /// "-chi", "-ghe", "-ghi" lose their "h" and vowel, so "banche" meets "banca"); words of four
    /// letters or fewer are their own stem.
    static func termKey(_ lowered: [UInt8], key: UInt64) -> UInt64 {
        guard !stopwordKeys.contains(key) else { return 0 }
        var scalars = lowered.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        guard scalars > 1 else { return 0 }
        guard scalars > 4 else { return key }
        var end = lowered.count
        for suffix in suffixes where scalars > suffix.scalars + 2 && lowered.suffix(suffix.bytes.count).elementsEqual(suffix.bytes) {
            return ScoringTokenizer.fnv1a(lowered[..<(end - suffix.bytes.count + suffix.keptBytes)])
        }
        while scalars > 4 {
            if end >= 1, asciiVowels.contains(lowered[end - 1]) {
                end -= 1
            } else if end >= 2, lowered[end - 2] == 0xC3, accentedVowels.contains(lowered[end - 1]) {
                end -= 2
            } else {
                break
            }
            scalars -= 1
        }
        return ScoringTokenizer.fnv1a(lowered[..<end])
    }

    /// Endings removed by the stemmer: their bytes, their length in scalars, and how many of their
    /// bytes stay.
    private static let suffixes: [(bytes: [UInt8], scalars: Int, keptBytes: Int)] =
        [("zioni", 3), ("zione", 3), ("mente", 0), ("ità", 0), ("ghe", 1), ("ghi", 1), ("che", 1), ("chi", 1)]
        .map { (Array($0.0.utf8), $0.0.unicodeScalars.count, $0.1) }

    private static let asciiVowels: Set<UInt8> = Set("aeiou".utf8)
    /// The second bytes of à è é ì ò ù (the first is C3).
    private static let accentedVowels: Set<UInt8> = [0xA0, 0xA8, 0xA9, 0xAC, 0xB2, 0xB9]

    /// The keys of the stopwords.
    static let stopwordKeys: Set<UInt64> = Set(stopwords.map(ScoringTokenizer.key(of:)))

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
