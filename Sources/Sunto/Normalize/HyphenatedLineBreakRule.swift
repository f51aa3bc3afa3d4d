/// Joins a word split across a line break by a hyphen ("naziona-\nle" → "nazionale").
///
/// A hyphen at a line end may also belong to a compound ("russo-\nucraina"); when the hyphenated
/// form occurs elsewhere in the text the hyphen is kept and only the line break goes.
struct HyphenatedLineBreakRule: NormalizationRule {
    let name = "hyphenated-line-break"

    func edits(in text: [Unicode.Scalar]) -> [Edit] {
        var edits: [Edit] = []
        // The whole text as a string, made only once a hyphen at a line end is found.
        var flat: String?
        var index = 1
        while true {
            index = text.nextIndex(from: index) { $0 == "-" }
            guard index + 2 < text.count else { break }
            defer { index += 1 }
            guard text[index - 1].isLowercaseLetter else { continue }
            var after = index + 1
            while after < text.count, text[after].isSpace { after += 1 }
            guard after < text.count, text[after] == "\n" else { continue }
            after += 1
            while after < text.count, text[after].isSpace { after += 1 }
            guard after < text.count, text[after].isLowercaseLetter else { continue }
            var wordStart = index - 1
            while wordStart > 0, text[wordStart - 1].isWordScalar { wordStart -= 1 }
            var wordEnd = after
            while wordEnd < text.count, text[wordEnd].isWordScalar { wordEnd += 1 }
            let head = Array(text[wordStart..<index])
            let tail = Array(text[after..<wordEnd])
            let compound = String(scalars: head + ["-"] + tail)
            if flat == nil { flat = String(scalars: text) }
            let keepsHyphen = flat?.contains(compound) ?? false
            let context = Edit.Context(before: head, after: tail)
            edits.append(Edit(index..<after, keepsHyphen ? "-" : "", context: context))
            index = after
        }
        return edits
    }
}
