extension String {
    /// The text with its first character in uppercase and the rest as it is ("parlamento
    /// europeo" → "Parlamento europeo"); Foundation's `capitalized` changes every word.
    var firstUppercased: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }

    /// Whether the first character is uppercase, as `first?.isUppercase` says, with ASCII
    /// answered from the byte alone (making a `Character` and reading Unicode tables costs
    /// hundreds of instructions, and the built-in engine asks this of every word).
    var startsUppercase: Bool {
        guard let lead = utf8.first else { return false }
        if lead < 0x80 { return lead &- 0x41 < 26 }
        return first?.isUppercase == true
    }

    /// Whether the text is two to six capitals, digits allowed, with at least one letter: `USA`,
    /// `G7`, `NATO`. ASCII is checked byte by byte; other text by its characters.
    var isAcronym: Bool {
        if utf8.allSatisfy({ $0 < 0x80 }) {
            return (2...6).contains(utf8.count) && utf8.allSatisfy { $0 &- 0x41 < 26 || $0 &- 0x30 < 10 }
                && utf8.contains { $0 &- 0x41 < 26 }
        }
        return (2...6).contains(count) && allSatisfy { $0.isUppercase || $0.isNumber } && contains { $0.isLetter }
    }
}
