/// Turns Italian words into index terms for sentence similarity: stopwords are dropped and the
/// inflectional ending is removed, so "accordo" and "accordi" count as one term.
enum ItalianTerms {
    /// The key of the index term of a lower-cased word given as UTF-8 bytes (with `key`, the key of
    /// the whole word, and `scalars`, its number of characters), or 0 for a stopword or a
    /// one-letter word.
    ///
    /// The stem is the word without the final vowel(s) that carry number and gender, and without a
    /// few derivational endings ("-zione"/"-zioni" become "-zio", "-mente" and "-ità" go; "-che",
    /// "-chi", "-ghe", "-ghi" lose their "h" and vowel, so "banche" meets "banca"); words of four
    /// letters or fewer are their own stem.
    static func termKey(_ lowered: UnsafeBufferPointer<UInt8>, key: UInt64, scalars: Int, stopwords: KeyTable = stopwordKeys) -> UInt64 {
        guard !stopwords.contains(key) else { return 0 }
        var scalars = scalars
        guard scalars > 1 else { return 0 }
        guard scalars > 4 else { return key }
        var end = lowered.count
        if let ending = derivationalEnding(lowered), scalars > ending.scalars + 2 {
            return ScoringTokenizer.fnv1a(UnsafeBufferPointer(rebasing: lowered[..<(end - ending.bytes + ending.kept)]))
        }
        while scalars > 4 {
            if end >= 1, isVowel(lowered[end - 1]) {
                end -= 1
            } else if end >= 2, lowered[end - 2] == 0xC3, isAccentedVowel(lowered[end - 1]) {
                end -= 2
            } else {
                break
            }
            scalars -= 1
        }
        return ScoringTokenizer.fnv1a(UnsafeBufferPointer(rebasing: lowered[..<end]))
    }

    /// The derivational ending that `word` ends with, if any: its length in bytes and in
    /// scalars, and how many of its bytes stay. "-zioni"/"-zione" keep "zio", "-mente" and "-ità"
    /// go, "-che", "-chi", "-ghe", "-ghi" keep their consonant.
    private static func derivationalEnding(_ word: UnsafeBufferPointer<UInt8>) -> (bytes: Int, scalars: Int, kept: Int)? {
        let count = word.count
        guard count >= 4 else { return nil }
        let last = word[count - 1]
        if last == 0xA0 {
            // "ità": i, t, C3 A0.
            return word[count - 2] == 0xC3 && word[count - 3] == 0x74 && word[count - 4] == 0x69 ? (4, 3, 0) : nil
        }
        guard last == 0x65 || last == 0x69 else { return nil }
        if count >= 5, word[count - 5] == 0x7A, word[count - 4] == 0x69, word[count - 3] == 0x6F, word[count - 2] == 0x6E {
            return (5, 5, 3)  // zione, zioni
        }
        if last == 0x65, count >= 5, word[count - 5] == 0x6D, word[count - 4] == 0x65, word[count - 3] == 0x6E, word[count - 2] == 0x74 {
            return (5, 5, 0)  // mente
        }
        if word[count - 2] == 0x68, word[count - 3] == 0x63 || word[count - 3] == 0x67 {
            return (3, 3, 1)  // che, chi, ghe, ghi
        }
        return nil
    }

    @inline(__always)
    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75
    }

    /// Whether this second byte after C3 makes à è é ì ò ù.
    @inline(__always)
    private static func isAccentedVowel(_ byte: UInt8) -> Bool {
        byte == 0xA0 || byte == 0xA8 || byte == 0xA9 || byte == 0xAC || byte == 0xB2 || byte == 0xB9
    }

    /// The keys of the stopwords.
    static let stopwordKeys = KeyTable(words: stopwords)

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
