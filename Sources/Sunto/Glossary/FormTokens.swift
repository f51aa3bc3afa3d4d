import Synchronization

/// The words of each form of a ``GlossaryIndex``: made up front when the index is computed from
/// glossaries, or read from the glossary snapshot's text the first time the matcher looks at a
/// form (the built-in index).
///
/// One article brings the matcher to a few dozen of the built-in glossaries' 4,000 forms, and
/// reading every form's words at start was half of reading the snapshot, on the critical path of
/// `sunto brief one.txt`. After a few articles' worth of look-ups, every form is read at once,
/// and looking one up takes no lock from then on.
final class FormTokens: @unchecked Sendable {
    // Safe to share: `complete` is written once, under `lock`, before `completed` is set with
    // release ordering, and read only after `completed` is seen set with acquire ordering.

    /// Where the words still to read lie: the snapshot's text and, by form, the UTF-8 offsets of
    /// the form's token field. Empty when the words were made up front.
    private let text: String
    private let fields: [Range<Int32>]
    /// The words read so far, by form, while not all are, and how many look-ups took the lock.
    private let lock: Mutex<(read: [[TermToken]?], lookups: Int)>
    /// After this many look-ups under the lock (a few articles' worth), every form is read at
    /// once: a run of many articles then looks forms up without a lock, and a run of one never
    /// reads the 4,000 forms it does not need.
    static let lookupsBeforeReadingAll = 2_000
    /// Every form's words, once all are read.
    private var complete: [[TermToken]] = []
    private let completed = Atomic<Bool>(false)

    /// The words of forms already tokenized.
    init(_ tokens: [[TermToken]]) {
        text = ""
        fields = []
        lock = Mutex(([], 0))
        complete = tokens
        completed.store(true, ordering: .releasing)
    }

    /// The words of forms still in the snapshot's text, each `fields` a token field as
    /// ``GlossarySnapshot/encoded()`` writes it.
    init(snapshot text: String, fields: [Range<Int32>]) {
        self.text = text
        self.fields = fields
        lock = Mutex(([[TermToken]?](repeating: nil, count: fields.count), 0))
    }

    /// Whether every form's words are read, and looking one up takes no lock.
    var isComplete: Bool {
        completed.load(ordering: .acquiring)
    }

    /// The number of forms.
    var count: Int {
        completed.load(ordering: .acquiring) ? complete.count : fields.count
    }

    /// The words of the form numbered `form`; none when its field in the snapshot is not a list
    /// of tokens (a test keeps the built-in snapshot whole: ``all()``).
    subscript(form: Int) -> [TermToken] {
        if completed.load(ordering: .acquiring) { return complete[form] }
        let (known, lookups) = lock.withLock { state in
            state.lookups += 1
            return (state.read[form], state.lookups)
        }
        if lookups == Self.lookupsBeforeReadingAll {
            readAll()
            return complete[form]
        }
        if let known { return known }
        let tokens = read(form)
        lock.withLock { $0.read[form] = tokens }
        return tokens
    }

    private func read(_ form: Int) -> [TermToken] {
        Self.tokens(in: text, at: fields[form]) ?? []
    }

    /// Reads the words of every form still in the text, so that looking a form up takes no lock
    /// from then on.
    func readAll() {
        guard !completed.load(ordering: .acquiring) else { return }
        let known = lock.withLock { $0.read }
        let all = fields.indices.map { known[$0] ?? read($0) }
        lock.withLock { _ in
            guard !completed.load(ordering: .acquiring) else { return }
            complete = all
            completed.store(true, ordering: .releasing)
        }
    }

    /// Every form's words, or `nil` when a field of the snapshot is not a list of tokens.
    func all() -> [[TermToken]]? {
        if fields.isEmpty { return complete }
        var all: [[TermToken]] = []
        all.reserveCapacity(fields.count)
        for field in fields {
            guard let tokens = Self.tokens(in: text, at: field) else { return nil }
            all.append(tokens)
        }
        return all
    }

    private static func tokens(in text: String, at field: Range<Int32>) -> [TermToken]? {
        var text = text
        return text.withUTF8 { tokens(in: $0[Int(field.lowerBound)..<Int(field.upperBound)]) }
    }

    /// Reads `surface lower key verbKey start end|…`; a field equal to the one before it is the
    /// same string (the lowercase form and the key are often the surface or each other).
    static func tokens(in field: Slice<UnsafeBufferPointer<UInt8>>) -> [TermToken]? {
        var tokens: [TermToken] = []
        var items = ByteFields(of: field.base)
        var parts = ByteFields(of: field.base)
        items.split(field, by: GlossarySnapshot.item)
        for token in items where !token.isEmpty {
            parts.split(token, by: GlossarySnapshot.part)
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
