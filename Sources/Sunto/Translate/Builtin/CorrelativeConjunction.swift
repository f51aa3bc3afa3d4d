/// `sia … che` and `sia … sia` → `both … and`: a `sia` that starts a pair of phrases with no
/// verb between it and the second member (`sia il governo che i sindacati` → `both the
/// government and the unions`). A `sia` after `che`, `ci`, `non` or a pronoun is the verb
/// `essere` (`che sia`, `ci sia`, `non sia`), and so is one followed by a participle.
enum CorrelativeConjunction {
    /// The units with each correlative pair fixed to its English.
    static func mark(_ units: [SourceUnit]) -> [SourceUnit] {
        var units = units
        for first in units.indices where units[first].key == "sia" && units[first].fixed == nil {
            if first > 0, units[first - 1].token.kind == .word && verbalContext.contains(units[first - 1].key) || first > 0 && units[first - 1].pos == "prn" {
                continue
            }
            var second = first + 1
            while second < units.count, second - first <= 10 {
                let unit = units[second]
                if ["che", "sia"].contains(unit.key), unit.fixed == nil, second > first + 1 {
                    units[first].fixed = "both"
                    units[second].fixed = "and"
                    break
                }
                if unit.chosen?.isFiniteVerb == true || unit.chosen?.isParticiple == true && second == first + 1 || unit.token.text == "." { break }
                second += 1
            }
        }
        return units
    }

    /// Words after which `sia` is a verb.
    private static let verbalContext: Set<String> = ["che", "ci", "c'", "non", "si", "cui", "chi", "ne", "vi", "lo", "la", "ciò", "quale", "sempre", "mai"]
}
