import Testing

@testable import Sunto

/// After a rule's edits, the words moved along with the changes are the words found by reading
/// the whole new text again.
@Suite struct WordSpanUpdateTests {
    /// A small linear congruential generator: the same cases on every run and platform.
    private struct Sequence {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Pieces of text and of replacements: letters of each case, accents, digits, spaces and
    /// marks, so that changes glue words together, split them and change their capitals.
    private static let pieces: [String] = [
        "a", "Roma", "vertice", "K", "irby", "è", "À", "1", "20", " ", "  ", ".", ", ", "'", "’", "\n", "«", "-", "USA", "x", "",
        "e\u{301}", "ß",
    ]

    private static func apply(_ edits: [(Range<Int>, [Unicode.Scalar])], to text: [Unicode.Scalar]) -> ([Unicode.Scalar], [TextChange]) {
        var buffer = TextBuffer(scalars: text)
        buffer.apply(edits.map { Edit($0.0, scalars: $0.1) }, rule: nil)
        return (buffer.scalars, buffer.lastChanges)
    }

    @Test func movedWordsAreTheWordsOfTheNewText() {
        var random = Sequence(state: 42)
        for _ in 0..<3_000 {
            let text = Array((0..<random.next(24)).map { _ in Self.pieces[random.next(Self.pieces.count)] }.joined().unicodeScalars)
            var edits: [(Range<Int>, [Unicode.Scalar])] = []
            var position = 0
            for _ in 0..<random.next(5) {
                let start = position + random.next(max(1, text.count - position + 1))
                guard start <= text.count else { break }
                let end = min(text.count, start + random.next(4))
                edits.append((start..<end, Array(Self.pieces[random.next(Self.pieces.count)].unicodeScalars)))
                position = end
            }
            let (changed, changes) = Self.apply(edits, to: text)
            let moved = WordSpan.updated(WordSpan.all(in: text), after: changes, in: changed)
            #expect(moved == WordSpan.all(in: changed), "\(String(scalars: text)) → \(String(scalars: changed))")
        }
    }

    @Test func aGlueAndASplitAreReadAgain() {
        let text = Array("il vertice Kirby di oggi".unicodeScalars)
        let (glued, changes) = Self.apply([(10..<11, [])], to: text)
        let words = WordSpan.updated(WordSpan.all(in: text), after: changes, in: glued)
        #expect(words.map { $0.string(in: glued) } == ["il", "verticeKirby", "di", "oggi"])
        #expect(words[1].hasInnerCapital)
        let (split, again) = Self.apply([(10..<10, Array(". ".unicodeScalars))], to: glued)
        #expect(WordSpan.updated(words, after: again, in: split).map { $0.string(in: split) } == ["il", "vertice", "Kirby", "di", "oggi"])
    }

    @Test func noChangeKeepsEveryWord() {
        let text = Array("Roma e Milano".unicodeScalars)
        #expect(WordSpan.updated(WordSpan.all(in: text), after: [], in: text) == WordSpan.all(in: text))
    }
}
