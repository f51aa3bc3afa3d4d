/// English guesses for Italian words the lexicon lacks, from regular correspondences of
/// learned vocabulary: `-zione` → `-tion`, `-ità` → `-ity`, `-mente` → `-ly`, `-ismo` → `-ism`.
///
/// Only endings whose English counterpart is reliable are used; other unknown words stay as
/// they are (most are names).
enum CognateGuesser {
    private static let endings: [(italian: String, english: String)] = [
        ("zioni", "tions"), ("zione", "tion"), ("sioni", "sions"), ("sione", "sion"),
        ("ità", "ity"), ("ismi", "isms"), ("ismo", "ism"), ("isti", "ists"), ("ista", "ist"), ("iste", "ists"),
        ("logia", "logy"), ("logie", "logies"), ("grafia", "graphy"), ("fico", "phic"), ("fica", "phic"),
        ("mente", "ly"), ("izzare", "ize"), ("izzato", "ized"), ("izzata", "ized"), ("izzati", "ized"), ("izzate", "ized"),
        ("ici", "ic"), ("ico", "ic"), ("ica", "ic"), ("iche", "ic"), ("ali", "al"), ("ale", "al"),
        ("osi", "ous"), ("oso", "ous"), ("osa", "ous"), ("ose", "ous"), ("ivi", "ive"), ("ivo", "ive"), ("iva", "ive"), ("ive", "ive"),
        ("enza", "ence"), ("enze", "ences"), ("anza", "ance"), ("anze", "ances"), ("ente", "ent"), ("enti", "ent"),
        ("ante", "ant"), ("anti", "ant"), ("ario", "ary"), ("aria", "ary"), ("ari", "ary"), ("orio", "ory"), ("oria", "ory"),
        ("ismo", "ism"), ("ura", "ure"), ("ure", "ures"), ("ia", "y"), ("ie", "ies"),
    ]

    /// The English guess for a lowercase word, or `nil`.
    static func guess(_ word: String) -> String? {
        for (italian, english) in endings where word.hasSuffix(italian) && word.count >= italian.count + 3 {
            let stem = String(word.dropLast(italian.count))
            return adapt(stem) + english
        }
        return nil
    }

    /// Spelling differences inside the stem: `ph` for Greek `f`, `th` for `t` are not
    /// guessable; only doubled consonants before the ending and `zz` are simplified.
    private static func adapt(_ stem: String) -> String {
        var stem = stem.replacing("zz", with: "z")
        if stem.hasSuffix("tt") || stem.hasSuffix("ss") && !stem.hasSuffix("ess") { stem.removeLast() }
        return stem.replacing("j", with: "i")
    }
}
