/// The words of each form of a ``GlossaryIndex``: made up front when the index is computed from
/// glossaries, or read from the glossary snapshot's text the first time the matcher looks at a
/// form (the built-in index).
///
/// One article brings the matcher to a few dozen of the built-in glossaries' 4,000 forms, and
/// reading every form's words at start was half of reading the snapshot, on the critical path of
/// `sunto brief one.txt`.
final class FormTokens: Sendable {
    private enum Source: Sendable {
        case made([[TermToken]])
        /// The snapshot's text and, by form, where the form's token field lies in its UTF-8.
        case snapshot(text: String, fields: [Range<Int32>])
    }

    private let source: Source
    /// The forms read from the snapshot so far.
    private let read: BoundedCache<Int, [TermToken]>

    /// The words of forms already tokenized.
    init(_ tokens: [[TermToken]]) {
        source = .made(tokens)
        read = BoundedCache(capacity: 0)
    }

    /// The words of forms still in the snapshot's text, each `fields` a token field as
    /// ``GlossarySnapshot/encoded()`` writes it.
    init(snapshot text: String, fields: [Range<Int32>]) {
        source = .snapshot(text: text, fields: fields)
        read = BoundedCache(capacity: fields.count)
    }

    /// The number of forms.
    var count: Int {
        switch source {
        case .made(let tokens): tokens.count
        case .snapshot(_, let fields): fields.count
        }
    }

    /// The words of the form numbered `form`; none when its field in the snapshot is not a list
    /// of tokens (a test keeps the built-in snapshot whole: ``all()``).
    subscript(form: Int) -> [TermToken] {
        switch source {
        case .made(let tokens):
            return tokens[form]
        case .snapshot(let text, let fields):
            return read.value(for: form) { Self.tokens(in: text, at: fields[$0]) ?? [] }
        }
    }

    /// Every form's words, or `nil` when a field of the snapshot is not a list of tokens.
    func all() -> [[TermToken]]? {
        switch source {
        case .made(let tokens):
            return tokens
        case .snapshot(let text, let fields):
            var all: [[TermToken]] = []
            all.reserveCapacity(fields.count)
            for field in fields {
                guard let tokens = Self.tokens(in: text, at: field) else { return nil }
                all.append(tokens)
            }
            return all
        }
    }

    private static func tokens(in text: String, at field: Range<Int32>) -> [TermToken]? {
        let read = text.utf8.withContiguousStorageIfAvailable { bytes in
            tokens(in: bytes[Int(field.lowerBound)..<Int(field.upperBound)])
        }
        if let read { return read }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { tokens(in: $0[Int(field.lowerBound)..<Int(field.upperBound)]) }
    }

    /// Reads `surface lower key verbKey start end|…`; a field equal to the one before it is the
    /// same string (the lowercase form and the key are often the surface or each other).
    static func tokens(in field: Slice<UnsafeBufferPointer<UInt8>>) -> [TermToken]? {
        var tokens: [TermToken] = []
        var parts: [Slice<UnsafeBufferPointer<UInt8>>] = []
        parts.reserveCapacity(6)
        for token in field.split(separator: GlossarySnapshot.item) {
            parts.removeAll(keepingCapacity: true)
            var start = token.startIndex
            while let next = token.base.firstOffset(of: GlossarySnapshot.part, from: start, to: token.endIndex) {
                parts.append(token.base[start..<next])
                start = next + 1
            }
            parts.append(token.base[start..<token.endIndex])
            guard parts.count == 6, let start = GlossarySnapshot.int(parts[4]), let end = GlossarySnapshot.int(parts[5]) else { return nil }
            let surface = GlossarySnapshot.string(parts[0])
            let lower = GlossarySnapshot.same(parts[1], parts[0]) ? surface : GlossarySnapshot.string(parts[1])
            let key = GlossarySnapshot.same(parts[2], parts[1]) ? lower : GlossarySnapshot.string(parts[2])
            let verbKey = parts[3].isEmpty ? "" : GlossarySnapshot.same(parts[3], parts[2]) ? key : GlossarySnapshot.string(parts[3])
            tokens.append(TermToken(surface: surface, lower: lower, key: key, verbKey: verbKey, start: start, end: end))
        }
        return tokens
    }
}
