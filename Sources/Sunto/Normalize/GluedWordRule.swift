/// Splits two sentences glued together by a lost full stop and space: "verticeKirby" →
/// "vertice. Kirby", "RussiaSi tratta" → "Russia. Si tratta".
///
/// Mixed case inside a word is normal in brand names and surnames ("McDonald", "iPhone",
/// "PayPal", "YouTube", "LinkedIn", "DiCaprio"), so a word is only split when the evidence is
/// strong:
/// - a lowercase word of three or more letters glued to a capitalised word ("verticeKirby"), or
/// - a capitalised word glued to a capitalised word when the first half occurs on its own
///   elsewhere in the article, the second half does too or is a word that opens sentences, and the
///   glued form occurs only once ("RussiaSi" where "Russia" stands alone and "Si" opens sentences).
struct GluedWordRule: WordRule {
    let name = "glued-words"

    func edits(in text: [Unicode.Scalar], words: [WordSpan]) -> [Edit] {
        let spans = words
        var standalone: [UInt64: Int]?
        var edits: [Edit] = []
        for span in spans {
            guard span.hasInnerCapital, let split = boundary(in: text, span: span) else { continue }
            let head = Array(text[span.range.lowerBound..<split])
            let tail = Array(text[split..<span.range.upperBound])
            guard tail.count >= 2, tail[tail.startIndex + 1].isLowercaseLetter else { continue }
            let headIsLower = head.allSatisfy { $0.isLowercaseLetter }
            if !(headIsLower && head.count >= 3) {
                guard head.count >= 3, head[0].isUppercaseLetter, head.dropFirst().allSatisfy({ $0.isLowercaseLetter }) else { continue }
                if standalone == nil { standalone = Self.wordCounts(text, spans: spans) }
                let counts = standalone ?? [:]
                guard counts[WordSpan.hash(of: head), default: 0] > 0,
                    counts[WordSpan.hash(of: tail), default: 0] > 0
                        || LostSentenceBreakRule.openers.contains(String(scalars: tail).lowercased()),
                    counts[WordSpan.hash(of: text[span.range]), default: 0] <= 1
                else { continue }
            }
            let context = Edit.Context(before: head, after: tail)
            edits.append(Edit(split..<split, ". ", context: context))
        }
        return edits
    }

    /// The single lowercase-to-uppercase boundary inside the word, if there is exactly one.
    private func boundary(in text: [Unicode.Scalar], span: WordSpan) -> Int? {
        var found: Int?
        var index = span.range.lowerBound + 1
        while index < span.range.upperBound {
            if text[index].isUppercaseLetter {
                guard text[index - 1].isLowercaseLetter, found == nil else { return nil }
                found = index
            } else if !text[index].isLetter {
                return nil
            }
            index += 1
        }
        return found
    }

    /// How often each word occurs, by the hash of its scalars (no string made per word).
    private static func wordCounts(_ text: [Unicode.Scalar], spans: [WordSpan]) -> [UInt64: Int] {
        var counts: [UInt64: Int] = [:]
        counts.reserveCapacity(spans.count)
        for span in spans { counts[WordSpan.hash(of: text[span.range]), default: 0] += 1 }
        return counts
    }
}
