/// Removes a word repeated across a sentence break: "schierarsi con lui. lui e che" →
/// "schierarsi con lui e che"; "alle 5 del mattino. mattino la comunicazione è arrivata" →
/// "alle 5 del mattino. La comunicazione è arrivata".
///
/// A full stop followed by a lowercase word is already suspect in Italian text; when that word
/// repeats the one before the full stop, the copy is an artifact. If the text then goes on with
/// a conjunction or a relative ("e", "che", "ma" …) the break was spurious too and the sentences
/// are joined; otherwise the break stays and the next word gets its capital.
struct DoubledWordRule: WordRule {
    let name = "doubled-word"

    /// Words that continue the sentence before them.
    private static let continuations: Set<String> = [
        "e", "ed", "o", "od", "ma", "che", "né", "perché", "mentre", "quando", "se", "cui", "come", "però", "anche",
    ]

    func edits(in text: [Unicode.Scalar], words: [WordSpan]) -> [Edit] {
        let spans = words
        var edits: [Edit] = []
        for position in spans.indices.dropFirst() {
            let first = spans[position - 1]
            let second = spans[position]
            let gap = text[first.range.upperBound..<second.range.lowerBound]
            guard gap.first == ".", gap.dropFirst().allSatisfy(\.isSpace), gap.count >= 2,
                second.isLowercase(in: text),
                first.string(in: text).lowercased() == second.string(in: text)
            else { continue }
            let next = position + 1 < spans.count ? spans[position + 1] : nil
            let continues = next.map { Self.continuations.contains($0.string(in: text)) } ?? true
            guard let next, !continues else {
                let context = Edit.Context(before: Array(text[first.range]), after: [])
                edits.append(Edit(first.range.upperBound..<second.range.upperBound, "", context: context))
                continue
            }
            let capital = Array(scalarsOf: String(text[next.range.lowerBound]).uppercased())
            let context = Edit.Context(before: Array(text[first.range]), after: Array(text[next.range].dropFirst()))
            edits.append(Edit(second.range.lowerBound..<next.range.lowerBound + 1, scalars: capital, context: context))
        }
        return edits
    }
}
