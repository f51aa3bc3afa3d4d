import Sunto

/// Invariants of normalized text and its sentences, shared by the text and brief targets.
enum TextInvariants {
    /// What is wrong with `sentences` as a split of `text`: ids out of order, offsets that do not
    /// slice the text exactly, overlapping or padded sentences, and, when `complete` (no
    /// sentence limit acted), visible characters lost.
    static func sentenceProblems(_ sentences: [Sentence], of text: String, complete: Bool = true) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var problems: [String] = []
        var previousEnd = 0
        for (index, sentence) in sentences.enumerated() {
            guard sentence.id == index else { problems.append("sentence \(index) has id \(sentence.id)"); continue }
            guard previousEnd <= sentence.start, sentence.start < sentence.end, sentence.end <= scalars.count else {
                problems.append("sentence \(index) spans \(sentence.start)..<\(sentence.end) after \(previousEnd) in \(scalars.count) scalars")
                continue
            }
            if Array(scalars[sentence.start..<sentence.end]) != Array(sentence.text.unicodeScalars) {
                problems.append("sentence \(index) text differs from its slice \(sentence.start)..<\(sentence.end)")
            }
            if sentence.text.unicodeScalars.first?.properties.isWhitespace == true || sentence.text.unicodeScalars.last?.properties.isWhitespace == true {
                problems.append("sentence \(index) starts or ends with white space")
            }
            previousEnd = sentence.end
        }
        let visible = text.unicodeScalars.filter { !$0.properties.isWhitespace }
        let kept = sentences.flatMap { $0.text.unicodeScalars.filter { !$0.properties.isWhitespace } }
        if complete, problems.isEmpty, kept != Array(visible) {
            problems.append("segmentation kept \(kept.count) of \(visible.count) visible scalars")
        }
        return problems
    }

    /// What is wrong with `hits`: overlaps, or offsets that do not slice out their surface.
    static func hitProblems(_ hits: [TermHit], in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var problems: [String] = []
        let sorted = hits.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        for hit in sorted {
            guard 0 <= hit.start, hit.start < hit.end, hit.end <= scalars.count else {
                problems.append("hit \(hit.start)..<\(hit.end) outside \(scalars.count) scalars")
                continue
            }
            if Array(scalars[hit.start..<hit.end]) != Array(hit.surface.unicodeScalars) {
                problems.append("hit \(hit.start)..<\(hit.end) does not slice out '\(hit.surface)'")
            }
        }
        for (earlier, later) in zip(sorted, sorted.dropFirst()) where earlier.end > later.start {
            problems.append("hits \(earlier.start)..<\(earlier.end) and \(later.start)..<\(later.end) overlap")
        }
        return problems
    }
}
