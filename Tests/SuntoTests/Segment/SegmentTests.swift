import Testing

/// The tests of the `Segment` folder, grouped under one suite so that `--filter Segment` runs them.
@Suite enum SegmentTests {}

/// A text and the strings a segmenter must find in it: sentences, or tokens written as
/// `kind:text`.
struct SegmentCase: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: [String]

    init(_ text: String, _ expected: String...) {
        self.text = text
        self.expected = expected
    }

    /// A text that must stay one sentence.
    static func whole(_ text: String) -> SegmentCase {
        SegmentCase(text, text)
    }

    /// The scalars of `text` from `start` to `end`: what a pair of offsets points at.
    static func slice(of text: String, from start: Int, to end: Int) -> String {
        var slice = String.UnicodeScalarView()
        slice.append(contentsOf: Array(text.unicodeScalars)[start..<end])
        return String(slice)
    }

    var testDescription: String { String(text.map { $0 == "\n" ? "⏎" : $0 }) }
}
