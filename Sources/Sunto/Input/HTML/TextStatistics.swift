/// Per-node text measures of an ``HTMLTree``, summed over each subtree: how much text, how much
/// of it is link text, how many commas, how much sits in paragraphs.
///
/// Nodes marked in `excluded` (and their subtrees) count for nothing. One backwards pass adds
/// every node into its parent, which works because parents come before children in the tree.
struct TextStatistics {
    /// Visible characters (whitespace not counted).
    var characters: [Int32]
    /// Visible characters inside `<a>` elements.
    var linkCharacters: [Int32]
    /// Commas, a sign of running prose.
    var commas: [Int32]
    /// Visible characters inside `<p>` elements.
    var paragraphCharacters: [Int32]

    init(tree: HTMLTree, excluded: [Bool]) {
        let count = tree.nodes.count
        characters = Array(repeating: 0, count: count)
        linkCharacters = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        paragraphCharacters = Array(repeating: 0, count: count)
        for index in 0..<count where tree.nodes[index].tag == .text && !excluded[index] {
            var visible: Int32 = 0
            var commaCount: Int32 = 0
            for scalar in tree.nodes[index].text.unicodeScalars {
                if scalar == "," || scalar == "\u{FF0C}" || scalar == "\u{3001}" { commaCount += 1 }
                if !scalar.isHTMLSpace { visible += 1 }
            }
            characters[index] = visible
            commas[index] = commaCount
        }
        var index = count - 1
        while index > 0 {
            let node = tree.nodes[index]
            defer { index -= 1 }
            guard !excluded[index] else { continue }
            if node.tag == .a { linkCharacters[index] = characters[index] }
            if node.tag == .p { paragraphCharacters[index] = characters[index] }
            let parent = Int(node.parent)
            characters[parent] += characters[index]
            linkCharacters[parent] += linkCharacters[index]
            commas[parent] += commas[index]
            paragraphCharacters[parent] += paragraphCharacters[index]
        }
    }

    /// The share of the node's text that is link text, in 0…1.
    func linkDensity(_ index: Int) -> Double {
        let total = characters[index]
        return total == 0 ? 0 : Double(linkCharacters[index]) / Double(total)
    }
}
