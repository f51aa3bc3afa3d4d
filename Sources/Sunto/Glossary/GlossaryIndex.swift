/// A trie over the token keys of every glossary term and variant, for matching in one pass.
///
/// Nouns, adjectives and names are indexed by their words without number-and-gender endings;
/// verb entries by Snowball stems (``TermToken/verbKey``). Lookup follows at most two edges per
/// text token (hash lookups), so the cost per token does not grow with the size of the glossary.
public struct GlossaryIndex: Sendable {
    /// One spelling of one entry (the term itself or a variant), as tokens.
    struct Form: Sendable, Equatable {
        var entry: Int
        var tokens: [TermToken]
        var isVariant: Bool
    }

    /// A form's entry and whether it is a variant: what the matcher needs of every form, before
    /// it looks at a form's words.
    struct FormHead: Sendable, Equatable {
        var entry: Int
        var isVariant: Bool
    }

    /// How the text may differ from a form and still match it, worked out once per form from
    /// its entry (which the matcher would otherwise copy, strings and all, for every candidate).
    struct FormRule: Sendable {
        /// The entry's case policy is `exact`: the words match only as written.
        var exact: Bool
        /// The entry is a verb: any ending after the stem.
        var verb: Bool
        /// The position of the head word (the first that is not a preposition or an elision),
        /// which may change in number only.
        var head: Int?
    }

    /// The entries in force.
    public let entries: [GlossaryEntry]
    /// Each form's entry and whether it is a variant, by form number.
    private(set) var formHeads: [FormHead] = []
    /// Each form's words, by form number.
    private(set) var formTokens = FormTokens([])
    /// The rule of each form, by form number.
    private(set) var formRules: [FormRule] = []
    /// Each token key of the trie, numbered: text words are looked up by their key once (in
    /// ``word(_:stemmer:)``), and the trie is walked by number.
    private var keyIDs: [String: Int] = [:]
    /// Trie edges → child node, in one table (one allocation, not one dictionary per node),
    /// keyed by ``edge(_:_:)``. Node 0 is the root.
    private var edges = TrieEdges()
    /// The number of trie nodes (for diagnostics and benchmarks).
    public private(set) var nodeCount = 1
    /// The node where each form ends, by form.
    private var formEnds: [Int] = []
    /// The forms that end at each node, all in one list by node: those of node `n` are
    /// `terminalForms[terminalStarts[n]..<terminalStarts[n + 1]]` (one array, not one per node).
    private var terminalStarts: [Int] = [0, 0]
    private var terminalForms: [Int] = []
    /// Whether any entry is a verb: only then do text words need their stems.
    private(set) var hasVerbs = false

    /// A word of the text as the matcher sees it: the numbers of its keys in the trie (-1 where
    /// a key is in no term) and whether a term starts with it.
    struct WordKeys: Sendable {
        // Kept in 32 bits: the word table holds tens of thousands of these.
        private var key: Int32
        private var verbKey: Int32
        var startsTerm: Bool

        init(keyID: Int, verbKeyID: Int, startsTerm: Bool) {
            (key, verbKey, self.startsTerm) = (Int32(keyID), Int32(verbKeyID), startsTerm)
        }

        var keyID: Int { Int(key) }
        var verbKeyID: Int { Int(verbKey) }
    }

    /// The words met in texts so far: the words of news repeat, and working out a word's keys
    /// (lowercasing, inflection, stem, lookups) costs far more than finding it here.
    private let words = ScalarKeyedTable<WordKeys>(capacity: 30_000)

    /// The keys of the words at `ranges` of `text`, in order. `known` is scratch space, kept by
    /// the caller across sentences.
    func keys(of ranges: [Range<Int>], in text: [Unicode.Scalar], stemmer: ItalianStemmer, into keys: inout [WordKeys], known: inout [WordKeys?]) {
        words.values(of: ranges, in: text, into: &known)
        keys.removeAll(keepingCapacity: true)
        for (range, kept) in zip(ranges, known) {
            if let kept {
                keys.append(kept)
                continue
            }
            let word = wordKeys(TermToken.Forms(String(scalars: text[range]), stemmer: hasVerbs ? stemmer : nil))
            // Numbers are nearly all different: kept, they would crowd the words out of the
            // table (and out of the processor's cache), for nothing.
            if !text[range.lowerBound].isDigit { words.store(text[range], word) }
            keys.append(word)
        }
    }

    private func wordKeys(_ forms: TermToken.Forms) -> WordKeys {
        let keyID = keyIDs[forms.key] ?? -1
        let verbKeyID = hasVerbs && forms.verbKey != forms.key ? keyIDs[forms.verbKey] ?? -1 : -1
        let starts = child(of: 0, keyID: keyID) != nil || child(of: 0, keyID: verbKeyID) != nil
        return WordKeys(keyID: keyID, verbKeyID: verbKeyID, startsTerm: starts)
    }

    /// Each entry's English in the plural, by entry, worked out on first use: the rule splits
    /// the term and reads its note, too slow to repeat for every article, and too many entries to
    /// work out all at start.
    private let plurals = BoundedCache<Int, String>(capacity: 100_000)

    /// The English of the entry numbered `entry` in the plural (``GlossaryEntry/english(plural:)``).
    func englishPlural(ofEntry entry: Int) -> String {
        plurals.value(for: entry) { entries[$0].english(plural: true) }
    }

    /// Builds the index of a glossary set.
    public init(_ set: GlossarySet) {
        self.init(entries: set.entries)
    }

    /// Builds the index of a list of entries; the built-in glossaries' index is built once, from
    /// the tokenized forms of ``GlossarySnapshot``.
    public init(entries: [GlossaryEntry]) {
        if entries.count == BuiltInGlossaries.snapshotEntryCount, let index = BuiltInGlossaries.index, entries == index.entries {
            self = index
        } else {
            self.init(computing: entries)
        }
    }

    /// Builds the index tokenizing every term and variant (what ``GlossarySnapshot`` records).
    init(computing entries: [GlossaryEntry]) {
        var forms: [Form] = []
        let stemmer = ItalianStemmer()
        for (index, entry) in entries.enumerated() {
            let verb = entry.partOfSpeech == "verb"
            for (spelling, isVariant) in [(entry.it, false)] + entry.variants.map({ ($0, true) }) {
                let tokens = TermToken.tokens(in: spelling, stemmer: stemmer, stemming: verb)
                guard !tokens.isEmpty else { continue }
                forms.append(Form(entry: index, tokens: tokens, isVariant: isVariant))
            }
        }
        self.init(entries: entries, forms: forms)
    }

    /// The trie as tables, for ``GlossarySnapshot``: the keys by number; for each node after
    /// the root its parent and the number of the key that leads to it; for each form the node
    /// where it ends and its head (-1 for none).
    struct Trie: Sendable, Equatable {
        var keys: [String] = []
        var parents: [Int] = []
        var nodeKeys: [Int] = []
        var formEnds: [Int] = []
        var formHeads: [Int] = []

        /// Whether the tables describe a trie of `forms` forms (each node's parent made before
        /// it, every number in range), so that building from them cannot fail.
        func isValid(forms: Int) -> Bool {
            parents.count == nodeKeys.count && formEnds.count == forms && formHeads.count == forms
                && parents.indices.allSatisfy { parents[$0] >= 0 && parents[$0] <= $0 && keys.indices.contains(nodeKeys[$0]) }
                && formEnds.allSatisfy { (0...parents.count).contains($0) }
        }
    }

    /// The trie of this index as tables.
    var trie: Trie {
        var trie = Trie()
        trie.keys = [String](repeating: "", count: keyIDs.count)
        for (key, id) in keyIDs { trie.keys[id] = key }
        trie.parents = [Int](repeating: 0, count: nodeCount - 1)
        trie.nodeKeys = trie.parents
        edges.forEach { edge, child in
            trie.parents[child - 1] = edge >> 32
            trie.nodeKeys[child - 1] = edge & 0xFFFF_FFFF
        }
        trie.formEnds = formEnds
        trie.formHeads = formRules.map { $0.head ?? -1 }
        return trie
    }

    /// Rebuilds an index from its forms and its trie as tables (``isValid(forms:)``), without
    /// tokenizing or walking anything: what a run does with the built-in glossaries.
    init(entries: [GlossaryEntry], heads: [FormHead], tokens: FormTokens, trie: Trie) {
        self.entries = entries
        formHeads = heads
        formTokens = tokens
        hasVerbs = entries.contains { $0.partOfSpeech == "verb" }
        keyIDs.reserveCapacity(trie.keys.count)
        for (id, key) in trie.keys.enumerated() { keyIDs[key] = id }
        edges.reserveCapacity(trie.parents.count)
        for node in trie.parents.indices {
            edges[Self.edge(trie.parents[node], trie.nodeKeys[node])] = node + 1
        }
        nodeCount = trie.parents.count + 1
        formEnds = trie.formEnds
        formRules.reserveCapacity(heads.count)
        for (number, form) in heads.enumerated() {
            let head = trie.formHeads[number]
            formRules.append(rule(forEntry: form.entry, verb: entries[form.entry].partOfSpeech == "verb", head: head < 0 ? nil : head))
        }
        indexTerminals()
    }

    /// Where the forms that end at `node` are listed (``terminalForm(at:)``): the matcher asks
    /// at every node it reaches, and a slice of the list would hold a reference to it, counted
    /// up and down each time.
    func terminalPositions(of node: Int) -> Range<Int> {
        terminalStarts[node]..<terminalStarts[node + 1]
    }

    /// The form listed at `position` (of ``terminalPositions(of:)``).
    func terminalForm(at position: Int) -> Int {
        terminalForms[position]
    }

    /// Lists the forms by the node where they end (a counting sort of ``formEnds``), each node's
    /// forms in form order.
    private mutating func indexTerminals() {
        var starts = [Int](repeating: 0, count: nodeCount + 1)
        for end in formEnds { starts[end + 1] += 1 }
        for node in 0..<nodeCount { starts[node + 1] += starts[node] }
        var next = starts
        var list = [Int](repeating: 0, count: formEnds.count)
        for (form, end) in formEnds.enumerated() {
            list[next[end]] = form
            next[end] += 1
        }
        terminalStarts = starts
        terminalForms = list
    }

    /// Builds the trie of forms already tokenized.
    init(entries: [GlossaryEntry], forms: [Form]) {
        self.entries = entries
        hasVerbs = entries.contains { $0.partOfSpeech == "verb" }
        formHeads.reserveCapacity(forms.count)
        formRules.reserveCapacity(forms.count)
        edges.reserveCapacity(forms.count * 2)
        for form in forms {
            insert(form, verb: entries[form.entry].partOfSpeech == "verb")
        }
        formTokens = FormTokens(forms.map(\.tokens))
        indexTerminals()
    }

    private mutating func insert(_ form: Form, verb: Bool) {
        var node = 0
        for token in form.tokens {
            let key = verb ? token.verbKey : token.key
            let keyID = keyIDs[key] ?? keyIDs.count
            if keyID == keyIDs.count { keyIDs[key] = keyID }
            if let next = edges[Self.edge(node, keyID)] {
                node = next
            } else {
                edges[Self.edge(node, keyID)] = nodeCount
                node = nodeCount
                nodeCount += 1
            }
        }
        formHeads.append(FormHead(entry: form.entry, isVariant: form.isVariant))
        formRules.append(rule(forEntry: form.entry, verb: verb, head: form.tokens.firstIndex { TermToken.prepositions[$0.lower] == nil && !$0.lower.hasSuffix("'") }))
        formEnds.append(node)
    }

    /// The rule of a form of `entry`, its head found already (the entry's case policy read in
    /// place, not copied with the entry).
    private func rule(forEntry entry: Int, verb: Bool, head: Int?) -> FormRule {
        FormRule(exact: entries[entry].casePolicy == .exact, verb: verb, head: head)
    }

    /// The node reached from `node` by the key numbered `keyID`, if any.
    func child(of node: Int, keyID: Int) -> Int? {
        keyID < 0 ? nil : edges[Self.edge(node, keyID)]
    }

    /// An edge as one number: the node in the high half, the key's number in the low half.
    private static func edge(_ node: Int, _ keyID: Int) -> Int {
        node << 32 | keyID
    }
}
