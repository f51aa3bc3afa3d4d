/// A change a ``TextBuffer`` made: the scalars at `range` of the text before it were replaced by
/// `count` new ones.
struct TextChange: Sendable, Equatable {
    var range: Range<Int>
    var count: Int
}

extension WordSpan {
    /// The words of `text`, which is the text whose words were `spans` after `changes` (in text
    /// order, not overlapping, offsets into the text before them): what ``all(in:)`` gives, found
    /// by reading again only around the changes.
    ///
    /// A rule changes a few places in a text of thousands of scalars; finding every word again
    /// after each rule that changed something was a fifth of the cost of normalizing. A word
    /// that neither overlaps a change nor touches one (ends where it starts, starts where it
    /// ends) is the same word after it, moved by what the changes before it added or removed.
    /// Every other word is read again from the new text.
    static func updated(_ spans: [WordSpan], after changes: [TextChange], in text: [Unicode.Scalar]) -> [WordSpan] {
        var result: [WordSpan] = []
        result.reserveCapacity(spans.count + 2 * changes.count)
        var next = 0  // the first old word not yet kept or dropped
        var shift = 0  // what the changes so far added (or removed, below zero)
        var readTo = 0  // where the words read again end, in the new text
        func keep(_ span: WordSpan) {
            var moved = span
            moved.range = (span.range.lowerBound + shift)..<(span.range.upperBound + shift)
            // A word read again never runs into one kept: it could only reach it through word
            // scalars, and then the kept word would have touched the change and been dropped.
            assert(moved.range.lowerBound >= readTo, "a kept word overlaps a word read again")
            result.append(moved)
        }
        text.withUnsafeBufferPointer { text in
            for change in changes {
                while next < spans.count, spans[next].range.upperBound < change.range.lowerBound {
                    keep(spans[next])
                    next += 1
                }
                var start = change.range.lowerBound + shift
                if next < spans.count, spans[next].range.lowerBound <= change.range.upperBound {
                    start = min(start, spans[next].range.lowerBound + shift)
                }
                while next < spans.count, spans[next].range.lowerBound <= change.range.upperBound { next += 1 }
                shift += change.count - change.range.count
                let end = change.range.upperBound + shift
                // The words that start up to the change's end (one may start right at it).
                let stopped = appendWords(in: text, from: max(start, readTo), startingBy: end, to: &result)
                readTo = max(readTo, stopped)
            }
        }
        while next < spans.count {
            keep(spans[next])
            next += 1
        }
        return result
    }
}
