/// A trie over the token keys of every glossary term and variant, for matching in one pass.
///
/// Nouns, adjectives and names are indexed by their words without number-and-gender endings;
/// verb entries by Snowball stems (``TermToken/verbKey``). Lookup follows at most two edges per
/// text token (hash lookups), so the cost per token does not grow with the size of the glossary.
public struct GlossaryIndex: Sendable {
    /// One spelling of one entry (the term itself or a variant), as tokens.
    struct Form: Sendable {
        var entry: Int
        var tokens: [TermToken]
        var isVariant: Bool
    }

    /// The entries in force.
    public let entries: [GlossaryEntry]
    var forms: [Form] = []
    /// Trie edges: node → key → child node. Node 0 is the root.
    var children: [[String: Int]] = [[:]]
    /// Forms that end at a node.
    var terminals: [Int: [Int]] = [:]
    /// Whether any entry is a verb: only then do text words need their stems.
    private(set) var hasVerbs = false

    /// Builds the index of a glossary set.
    public init(_ set: GlossarySet) {
        self.init(entries: set.entries)
    }

    /// Builds the index of a list of entries.
    public init(entries: [GlossaryEntry]) {
        self.entries = entries
        let stemmer = ItalianStemmer()
        for (index, entry) in entries.enumerated() {
            let verb = entry.partOfSpeech == "verb"
            hasVerbs = hasVerbs || verb
            for (spelling, isVariant) in [(entry.it, false)] + entry.variants.map({ ($0, true) }) {
                let tokens = TermToken.tokens(in: spelling, stemmer: stemmer, stemming: verb)
                guard !tokens.isEmpty else { continue }
                insert(Form(entry: index, tokens: tokens, isVariant: isVariant), verb: verb)
            }
        }
    }

    private mutating func insert(_ form: Form, verb: Bool) {
        var node = 0
        for token in form.tokens {
            let key = verb ? token.verbKey : token.key
            if let next = children[node][key] {
                node = next
            } else {
                children.append([:])
                children[node][key] = children.count - 1
                node = children.count - 1
            }
        }
        forms.append(form)
        terminals[node, default: []].append(forms.count - 1)
    }

    /// The number of trie nodes (for diagnostics and benchmarks).
    public var nodeCount: Int { children.count }
}
