#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The built-in glossaries as they are after loading: parsed entries, the entries in force, the
/// variant map and the tokenized forms of the matching index, written out once (by
/// `scripts/embed-glossaries`) so that a run reads them back instead of working them out.
///
/// Parsing 2,600 TSV rows, merging them and tokenizing every term and variant is most of what
/// `sunto brief one.txt` did before reading the article; reading this compact form back is a
/// single pass over bytes. The format is private to sunto and checked by a test against what the
/// TSV files give, so the two never drift apart.
///
/// Layout: text lines; fields split by TAB, list items by `|` (which a TSV glossary already uses
/// between variants, so no item holds one), the fields of a token by a space (a token is a word).
/// `G name path priority count` per glossary, then its entries (`it en variants en_plural pos case
/// domain note line`); `M` with the indices of the entries in force; `V variant term` per
/// variant; `F entry isVariant tokens` per form of the index; then the index's trie
/// (``GlossaryIndex/Trie``): `K` with the keys by number, `N` with each node's `parent key`,
/// `T` with each form's `end head`.
///
/// Each form's words are read only when the matcher first looks at the form (``FormTokens``).
struct GlossarySnapshot: Sendable, Equatable {
    var glossaries: [Glossary]
    /// The entries in force, in ``GlossarySet/entries`` order.
    var entries: [GlossaryEntry]
    var variantMap: [String: String]
    /// Each form's entry and whether it is a variant.
    var formHeads: [GlossaryIndex.FormHead]
    /// Each form's words.
    var formTokens: FormTokens
    var trie: GlossaryIndex.Trie

    /// The forms whole, their words read (for writing the snapshot and for tests); `nil` when a
    /// form's words cannot be read.
    var forms: [GlossaryIndex.Form]? {
        guard let tokens = formTokens.all(), tokens.count == formHeads.count else { return nil }
        return zip(formHeads, tokens).map { GlossaryIndex.Form(entry: $0.entry, tokens: $1, isVariant: $0.isVariant) }
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.glossaries == rhs.glossaries && lhs.entries == rhs.entries && lhs.variantMap == rhs.variantMap
            && lhs.formHeads == rhs.formHeads && lhs.trie == rhs.trie && lhs.forms == rhs.forms
    }

    /// Works everything out from parsed glossaries (the slow path a run avoids).
    init(glossaries: [Glossary]) {
        let set = GlossarySet(computing: glossaries)
        self.glossaries = set.glossaries
        entries = set.entries
        variantMap = set.variantMap
        let index = GlossaryIndex(computing: set.entries)
        formHeads = index.formHeads
        formTokens = index.formTokens
        trie = index.trie
    }

    static let field: UInt8 = 0x09
    static let item: UInt8 = 0x7C
    static let part: UInt8 = 0x20

    /// The snapshot as text.
    func encoded() -> String {
        var lines: [String] = []
        var position: [String: Int] = [:]
        var flat = 0
        for glossary in glossaries {
            lines.append(["G", glossary.name, glossary.path, String(glossary.priority), String(glossary.entries.count)].joined(separator: "\t"))
            for entry in glossary.entries {
                position[Self.identity(entry)] = flat
                flat += 1
                lines.append([
                    entry.it, entry.en, entry.variants.joined(separator: "|"), entry.enPlural ?? "",
                    entry.partOfSpeech, entry.casePolicy.rawValue, entry.domain, entry.note, String(entry.line),
                ].joined(separator: "\t"))
            }
        }
        lines.append("M\t" + entries.map { String(position[Self.identity($0)] ?? -1) }.joined(separator: "|"))
        for variant in variantMap.keys.sorted() {
            lines.append("V\t\(variant)\t\(variantMap[variant] ?? "")")
        }
        for form in forms ?? [] {
            let tokens = form.tokens.map { token in
                [token.surface, token.lower, token.key, token.verbKey, String(token.start), String(token.end)].joined(separator: " ")
            }
            lines.append("F\t\(form.entry)\t\(form.isVariant ? 1 : 0)\t" + tokens.joined(separator: "|"))
        }
        lines.append("K\t" + trie.keys.joined(separator: "|"))
        lines.append("N\t" + zip(trie.parents, trie.nodeKeys).map { "\($0) \($1)" }.joined(separator: "|"))
        lines.append("T\t" + zip(trie.formEnds, trie.formHeads).map { "\($0) \($1)" }.joined(separator: "|"))
        return lines.joined(separator: "\n")
    }

    private static func identity(_ entry: GlossaryEntry) -> String {
        "\(entry.glossary)\t\(entry.line)\t\(entry.it)"
    }

    /// Reads a snapshot written by ``encoded()``; `nil` when the text is not one.
    init?(decoding text: String) {
        var reader = Reader()
        var text = text
        guard text.withUTF8({ reader.read($0) }) else { return nil }
        guard reader.trie.isValid(forms: reader.formHeads.count) else { return nil }
        glossaries = reader.glossaries
        entries = reader.entries
        variantMap = reader.variantMap
        formHeads = reader.formHeads
        formTokens = FormTokens(snapshot: text, fields: reader.formFields)
        trie = reader.trie
    }

    /// Reads the text line by line, each line's fields as slices of the bytes.
    ///
    /// This runs at every start, on the critical path of `sunto brief one.txt`: each entry is
    /// made once, in its glossary's list (the entries in force are copies of those), and a line's
    /// fields are found in place (``ByteFields``).
    private struct Reader {
        var glossaries: [Glossary] = []
        var entries: [GlossaryEntry] = []
        var variantMap: [String: String] = [:]
        var formHeads: [GlossaryIndex.FormHead] = []
        /// Where each form's token field lies in the text's UTF-8.
        var formFields: [Range<Int32>] = []
        var trie = GlossaryIndex.Trie()
        /// Where each glossary's entries start in the order written (the numbering of `M`).
        private var starts: [Int] = []
        /// The number of entries of every glossary read so far.
        private var written = 0
        /// The glossary being read, and how many of its entries are still to come.
        private var current: Glossary?
        private var pending = 0
        private var lastPartOfSpeech = ""
        private var lastDomain = ""

        private mutating func finishGlossary() {
            guard let glossary = current else { return }
            glossaries.append(glossary)
            current = nil
        }

        /// The entry numbered `flat` in the order written: in the last glossary starting at or
        /// before it (an empty glossary starts where the next one does).
        private func entry(_ flat: Int) -> GlossaryEntry? {
            guard flat >= 0, flat < written, let glossary = starts.lastIndex(where: { $0 <= flat }) else { return nil }
            return glossaries[glossary].entries[flat - starts[glossary]]
        }

        /// Reads `a b|a b|…` into two lists of numbers; `false` when an item is not two numbers.
        /// Read byte by byte in one pass: the items are a few bytes each, ten thousand of them.
        private static func pairs(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, into first: inout [Int], _ second: inout [Int]) -> Bool {
            guard !bytes.isEmpty, var byte = bytes.base.baseAddress.map({ UnsafePointer($0 + bytes.startIndex) }) else { return true }
            let end = byte + bytes.count
            var a: [Int] = []
            var b: [Int] = []
            while byte < end {
                guard let left = number(&byte, end, until: GlossarySnapshot.part, orEnd: false),
                      let right = number(&byte, end, until: GlossarySnapshot.item, orEnd: true)
                else { return false }
                a.append(left)
                b.append(right)
            }
            first += a
            second += b
            return true
        }

        /// The number at `byte`, which ends before `stop` (or at `end` if `orEnd`); `byte` moves
        /// past the stop.
        private static func number(_ byte: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, until stop: UInt8, orEnd: Bool) -> Int? {
            var number = Number()
            while byte < end {
                let current = byte.pointee
                byte += 1
                if current == stop { return number.value }
                guard number.read(current) else { return nil }
            }
            return orEnd ? number.value : nil
        }

        /// The text of `bytes`, reusing `last` when it is the same (columns that repeat row after
        /// row, like the part of speech and the domain).
        private static func reuse(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ last: inout String) -> String {
            if !GlossarySnapshot.same(bytes, last) { last = GlossarySnapshot.string(bytes) }
            return last
        }

        mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var fields = ByteFields(of: bytes)
            var start = 0
            while start < bytes.count {
                let end = bytes.firstOffset(of: 0x0A, from: start) ?? bytes.count
                fields.split(start..<end, by: GlossarySnapshot.field)
                guard line(fields) else { return false }
                start = end + 1
            }
            finishGlossary()
            return pending == 0
        }

        private mutating func line(_ fields: ByteFields) -> Bool {
            if pending > 0 {
                guard fields.count == 9, let name = current?.name, let number = GlossarySnapshot.int(fields[8]) else { return false }
                let variants = fields[2]
                current?.entries.append(GlossaryEntry(
                    it: GlossarySnapshot.string(fields[0]), en: GlossarySnapshot.string(fields[1]),
                    variants: variants.isEmpty ? [] : variants.split(separator: GlossarySnapshot.item).map(GlossarySnapshot.string),
                    enPlural: fields[3].isEmpty ? nil : GlossarySnapshot.string(fields[3]),
                    partOfSpeech: Self.reuse(fields[4], &lastPartOfSpeech),
                    casePolicy: GlossarySnapshot.same(fields[5], "exact") ? .exact : .insensitive,
                    domain: Self.reuse(fields[6], &lastDomain), note: GlossarySnapshot.string(fields[7]),
                    glossary: name, line: number
                ))
                written += 1
                pending -= 1
                return true
            }
            guard fields[0].count == 1, let kind = fields[0].first else { return false }
            switch kind {
            case UInt8(ascii: "G"):
                guard fields.count == 5, let priority = GlossarySnapshot.int(fields[3]), let count = GlossarySnapshot.int(fields[4]), count >= 0 else { return false }
                finishGlossary()
                var glossary = Glossary(name: GlossarySnapshot.string(fields[1]), path: GlossarySnapshot.string(fields[2]), priority: priority, entries: [])
                glossary.entries.reserveCapacity(count)
                current = glossary
                starts.append(written)
                pending = count
            case UInt8(ascii: "M"):
                guard fields.count == 2 else { return false }
                finishGlossary()
                entries.reserveCapacity(written)
                for index in fields[1].split(separator: GlossarySnapshot.item) {
                    guard let index = GlossarySnapshot.int(index), let entry = entry(index) else { return false }
                    entries.append(entry)
                }
            case UInt8(ascii: "V"):
                guard fields.count == 3 else { return false }
                variantMap[GlossarySnapshot.string(fields[1])] = GlossarySnapshot.string(fields[2])
            case UInt8(ascii: "F"):
                // The words stay in the text until the matcher needs them.
                guard fields.count == 4, let entry = GlossarySnapshot.int(fields[1]), entries.indices.contains(entry),
                      let end = Int32(exactly: fields[3].endIndex)
                else { return false }
                formHeads.append(GlossaryIndex.FormHead(entry: entry, isVariant: fields[2].first == UInt8(ascii: "1")))
                formFields.append(Int32(fields[3].startIndex)..<end)
            case UInt8(ascii: "K"):
                guard fields.count == 2 else { return false }
                trie.keys = fields[1].isEmpty ? [] : fields[1].split(separator: GlossarySnapshot.item, omittingEmptySubsequences: false).map(GlossarySnapshot.string)
            case UInt8(ascii: "N"):
                guard fields.count == 2, Self.pairs(fields[1], into: &trie.parents, &trie.nodeKeys) else { return false }
            case UInt8(ascii: "T"):
                guard fields.count == 2, Self.pairs(fields[1], into: &trie.formEnds, &trie.formHeads) else { return false }
            default:
                return false
            }
            return true
        }
    }

    /// A decimal number read one byte at a time: an optional minus sign, then 1 to 18 digits.
    private struct Number {
        private var magnitude = 0
        private var digits = 0
        private var negative = false

        /// Takes the next byte; `false` when it cannot continue a number.
        mutating func read(_ byte: UInt8) -> Bool {
            if byte == UInt8(ascii: "-"), digits == 0, !negative {
                negative = true
                return true
            }
            let figure = byte &- 0x30
            guard figure < 10, digits < 18 else { return false }
            magnitude = magnitude * 10 + Int(figure)
            digits += 1
            return true
        }

        /// The number read; `nil` when no digit was.
        var value: Int? {
            digits == 0 ? nil : negative ? -magnitude : magnitude
        }
    }

    /// Whether two fields hold the same bytes (compared in one call, not byte by byte through
    /// the generic collection methods: decoding runs at every start).
    static func same(_ a: Slice<UnsafeBufferPointer<UInt8>>, _ b: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard a.count == b.count else { return false }
        guard let first = a.base.baseAddress, let second = b.base.baseAddress, !a.isEmpty else { return true }
        return memcmp(first + a.startIndex, second + b.startIndex, a.count) == 0
    }

    /// Whether a field holds the UTF-8 bytes of `text`.
    static func same(_ field: Slice<UnsafeBufferPointer<UInt8>>, _ text: String) -> Bool {
        guard field.count == text.utf8.count else { return false }
        return text.utf8.withContiguousStorageIfAvailable { same(field, $0[...]) } ?? field.elementsEqual(text.utf8)
    }

    static func string(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)
    }

    static func int(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var number = Number()
        for byte in bytes {
            guard number.read(byte) else { return nil }
        }
        return number.value
    }
}
