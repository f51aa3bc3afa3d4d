/// Splits an Italian sentence into words, numbers, placeholders and punctuation.
///
/// Elisions split after the apostrophe (`dell'accordo` → `dell'` `accordo`, typographic
/// apostrophes read as straight ones); a final apostrophe after a vowel stays on its word
/// (`po'`).
enum ItalianTokenizer {
    static func tokenize(_ sentence: String) -> [SourceToken] {
        var tokens: [SourceToken] = []
        let characters = Array(sentence)
        var index = 0
        var spaceBefore = false
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                spaceBefore = true
                index += 1
                continue
            }
            let start = index
            let kind: SourceToken.Kind
            if character.isNumber {
                index = endOfNumber(characters, from: index)
                kind = index < characters.count && characters[index].isLetter ? .word : .number
                if kind == .word { index = endOfWord(characters, from: index) }
            } else if character.isLetter {
                index = endOfWord(characters, from: index)
                kind = .word
            } else {
                index += 1
                kind = .punctuation
            }
            var text = String(characters[start..<index])
            if kind == .word, index > start, isApostrophe(characters, at: index) {
                text += "'"
                index += 1
            }
            let isPlaceholder = kind == .word && text.hasPrefix("ZZT") && text.hasSuffix("ZZ") && text.count > 5
                && text.dropFirst(3).dropLast(2).allSatisfy(\.isNumber)
            tokens.append(SourceToken(text: text, kind: isPlaceholder ? .placeholder : kind, spaceBefore: spaceBefore))
            spaceBefore = false
        }
        return tokens
    }

    private static func endOfWord(_ characters: [Character], from start: Int) -> Int {
        var index = start
        while index < characters.count {
            let character = characters[index]
            if character.isLetter || character.isNumber {
                index += 1
            } else if character == "-" || character == "." && isAbbreviationDot(characters, index),
                index + 1 < characters.count, characters[index + 1].isLetter {
                index += 2
            } else {
                break
            }
        }
        return index
    }

    /// `U.S.A`-like dotted capitals keep their dots inside one word.
    private static func isAbbreviationDot(_ characters: [Character], _ index: Int) -> Bool {
        index > 0 && characters[index - 1].isUppercase && (index < 2 || !characters[index - 2].isLetter || characters[index - 2] == ".")
    }

    private static func endOfNumber(_ characters: [Character], from start: Int) -> Int {
        var index = start
        while index < characters.count {
            if characters[index].isNumber {
                index += 1
            } else if ".,:".contains(characters[index]), index + 1 < characters.count, characters[index + 1].isNumber {
                index += 2
            } else {
                break
            }
        }
        return index
    }

    /// An apostrophe that ends an elided word (`l'`, `dell'`, `po'`), not a closing quote.
    private static func isApostrophe(_ characters: [Character], at index: Int) -> Bool {
        guard index < characters.count, characters[index] == "'" || characters[index] == "’" else { return false }
        let next = index + 1 < characters.count ? characters[index + 1] : " "
        if next.isLetter { return true }
        // `po'` (poco) is the one common word spelled with a final apostrophe.
        return index >= 2 && String(characters[(index - 2)..<index]).lowercased() == "po"
            && (index < 3 || !characters[index - 3].isLetter)
    }
}
