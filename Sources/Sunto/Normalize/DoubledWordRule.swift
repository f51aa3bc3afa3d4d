/// Removes a word repeated across a spurious sentence break: "schierarsi con lui. lui e che" →
/// "schierarsi con lui e che".
///
/// A full stop followed by a lowercase word is already suspect in Italian text; when that word
/// repeats the one before the full stop, the break and the copy are both artifacts.
struct DoubledWordRule: NormalizationRule {
    let name = "doubled-word"

    func edits(in text: [Unicode.Scalar]) -> [Edit] {
        let spans = WordSpan.all(in: text)
        var edits: [Edit] = []
        for (first, second) in zip(spans, spans.dropFirst()) {
            let gap = text[first.range.upperBound..<second.range.lowerBound]
            guard gap.first == ".", gap.dropFirst().allSatisfy(\.isSpace), gap.count >= 2,
                second.isLowercase(in: text),
                first.string(in: text).lowercased() == second.string(in: text)
            else { continue }
            let context = Edit.Context(before: Array(text[first.range]), after: [])
            edits.append(Edit(first.range.upperBound..<second.range.upperBound, "", context: context))
        }
        return edits
    }
}
