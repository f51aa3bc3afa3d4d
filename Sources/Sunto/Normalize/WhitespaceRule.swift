/// Collapses runs of spaces, trims lines, removes spaces before closing punctuation, and keeps at
/// most one blank line between paragraphs.
struct WhitespaceRule: NormalizationRule {
    let name = "whitespace"
    let recordsRepairs = false

    func edits(in text: [Unicode.Scalar]) -> [Edit] {
        text.withUnsafeBufferPointer { Self.edits(in: $0) }
    }

    /// The edits, found in one pass over the scalars' storage: white space comes every few
    /// scalars, and nearly all of it is the one space between two words.
    private static func edits(in text: UnsafeBufferPointer<Unicode.Scalar>) -> [Edit] {
        var edits: [Edit] = []
        var index = 0
        while index < text.count {
            let value = text[index].value
            // Nothing above U+0020 is white space here; nor is a control character but a tab.
            guard value <= 0x20, text[index].isSpace || text[index] == "\n" else {
                index += 1
                continue
            }
            // Nearly every run is the one space between two words, which stays as it is.
            if value == 0x20, index > 0, index + 1 < text.count, text[index + 1].value > 0x20, !isClosing(text[index + 1]) {
                index += 2
                continue
            }
            let start = index
            var newlines = 0
            while index < text.count, text[index].isSpace || text[index] == "\n" {
                if text[index] == "\n" { newlines += 1 }
                index += 1
            }
            let atStart = start == 0
            let atEnd = index == text.count
            let next = atEnd ? nil : text[index]
            let wanted: String
            if atStart || atEnd {
                wanted = ""
            } else if newlines >= 2 {
                wanted = "\n\n"
            } else if newlines == 1 {
                wanted = "\n"
            } else if let next, isClosing(next), start > 0, text[start - 1].isWordScalar,
                next != "." || !(index + 2 < text.count && text[index + 1] == "." && text[index + 2] == ".")
            {
                wanted = next == "»" || next == "”" ? " " : ""
            } else {
                wanted = " "
            }
            if wanted.unicodeScalars.elementsEqual(text[start..<index]) == false {
                edits.append(Edit(start..<index, wanted))
            }
        }
        return edits
    }

    /// Changing runs of spaces and line breaks gives nothing to the invisible-character rule
    /// (it inserts no character that rule handles) nor to the hyphenated-line-break rule (a run
    /// with one line break stays one line break). A space removed inside the text may join an
    /// HTML entity to its semicolon ("&euro ;"); removing white space at the text's start or
    /// end, nearly always the only change, cannot.
    func mayCreateWork(for rule: String, by edits: [Edit], in text: [Unicode.Scalar]) -> Bool {
        switch rule {
        case "invisible-characters", "hyphenated-line-break": false
        case "html-entities": edits.contains { $0.replacement.isEmpty && $0.range.lowerBound > 0 && $0.range.upperBound < text.count }
        default: true
        }
    }

    /// Punctuation that closes what comes before it, and takes no space before it.
    private static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ";", ":", ".", "!", "?", ")", "]", "»", "”": true
        default: false
        }
    }
}
