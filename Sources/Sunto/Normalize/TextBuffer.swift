/// The text being normalized, as Unicode scalars, with the repairs recorded so far.
///
/// Rules propose ``Edit``s against the current text; the buffer applies them in one pass and
/// moves the offsets of earlier repairs so that every recorded offset points into the final text.
struct TextBuffer: Sendable {
    /// The current text.
    private(set) var scalars: [Unicode.Scalar]
    /// Repairs recorded so far, offsets into `scalars`.
    private(set) var repairs: [Repair] = []
    /// The changes the last ``apply(_:rule:)`` made, in text order, offsets into the text
    /// before it.
    private(set) var lastChanges: [TextChange] = []

    init(_ text: String) {
        scalars = Array(scalarsOf: text)
    }

    /// A buffer holding `scalars`.
    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// The current text as a string.
    var text: String {
        String(scalars: scalars)
    }

    /// Applies non-overlapping edits; when `rule` is given, each edit is recorded as a repair.
    ///
    /// - Returns: whether the text changed.
    @discardableResult
    mutating func apply(_ edits: [Edit], rule: String?) -> Bool {
        guard !edits.isEmpty else { return false }
        let sorted = edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count + sorted.count * 2)
        var shifts: [(at: Int, delta: Int)] = []
        var newRepairs: [Repair] = []
        lastChanges.removeAll(keepingCapacity: true)
        var cursor = 0
        for edit in sorted where edit.range.lowerBound >= cursor {
            lastChanges.append(TextChange(range: edit.range, count: edit.replacement.count))
            result.append(contentsOf: scalars[cursor..<edit.range.lowerBound])
            let offset = result.count
            result.append(contentsOf: edit.replacement)
            shifts.append((edit.range.upperBound, edit.replacement.count - edit.range.count))
            if let rule {
                newRepairs.append(Repair(
                    rule: rule,
                    before: Self.string(edit.context.before + scalars[edit.range] + edit.context.after),
                    after: Self.string(edit.context.before + edit.replacement + edit.context.after),
                    offset: offset - edit.context.before.count
                ))
            }
            cursor = edit.range.upperBound
        }
        result.append(contentsOf: scalars[cursor...])
        for index in repairs.indices {
            let original = repairs[index].offset
            repairs[index].offset += shifts.lazy.filter { $0.at <= original }.reduce(0) { $0 + $1.delta }
        }
        repairs.append(contentsOf: newRepairs)
        repairs.sort { $0.offset < $1.offset }
        let changed = result != scalars
        scalars = result
        return changed
    }

    private static func string(_ scalars: some Collection<Unicode.Scalar>) -> String {
        String(scalars: scalars)
    }
}

/// A replacement of a range of scalars, proposed by a rule.
struct Edit: Sendable {
    /// The scalars around the change shown in the repair record, so a reader sees the context
    /// ("vertice.Kirby" rather than ".").
    struct Context: Sendable {
        var before: [Unicode.Scalar] = []
        var after: [Unicode.Scalar] = []
    }

    var range: Range<Int>
    var replacement: [Unicode.Scalar]
    var context = Context()

    init(_ range: Range<Int>, _ replacement: String, context: Context = Context()) {
        self.range = range
        self.replacement = Array(scalarsOf: replacement)
        self.context = context
    }

    init(_ range: Range<Int>, scalars replacement: [Unicode.Scalar], context: Context = Context()) {
        self.range = range
        self.replacement = replacement
        self.context = context
    }
}
