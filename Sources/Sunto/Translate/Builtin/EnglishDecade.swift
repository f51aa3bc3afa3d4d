/// Decades: `gli anni '60`, `gli anni 60`, `gli anni Sessanta` → `the 1960s`; `gli anni 2000`
/// → `the 2000s`. The article before `anni` stays (`negli anni '70` → `in the 1970s`).
enum EnglishDecade {
    private static let tens: [String: Int] = [
        "venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70, "ottanta": 80, "novanta": 90,
    ]

    /// The English decade and where it ends, when the noun at `noun` is `anni` followed by a
    /// decade; `nil` otherwise.
    static func read(_ units: [SourceUnit], noun: Int) -> (text: String, end: Int)? {
        guard units[noun].key == "anni", units[noun].fixed == nil else { return nil }
        var position = noun + 1
        if position < units.count, ["'", "’"].contains(units[position].token.text) { position += 1 }
        guard position < units.count else { return nil }
        let unit = units[position]
        if unit.token.kind == .number, let value = Int(unit.token.text) {
            if unit.token.text.count == 2, value % 10 == 0, value >= 20 { return ("19\(value)s", position + 1) }
            if unit.token.text.count == 4, value % 10 == 0, position == noun + 1 { return ("\(value)s", position + 1) }
            return nil
        }
        guard position == noun + 1, let value = tens[unit.key], unit.fixed == nil else { return nil }
        return ("19\(value)s", position + 1)
    }
}
