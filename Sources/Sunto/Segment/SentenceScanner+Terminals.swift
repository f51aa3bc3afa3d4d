extension SentenceScanner {
    /// Reads the run of terminal marks and closing quotes or brackets that starts at `index`
    /// ("." "?!" "..." ".»" "!»)") and cuts after it when it ends a sentence.
    ///
    /// - Returns: the index just past the run, where reading resumes.
    mutating func readTerminal(at index: Int) -> Int {
        var end = index
        var terminals = 0
        while end < scalars.count {
            if SegmentScalar.isTerminal(scalars[end]) {
                terminals += 1
            } else if !SegmentScalar.isCloser(scalars[end]) {
                break
            }
            end += 1
        }
        let isSinglePeriod = terminals == 1 && scalars[index] == "."
        if endsSentence(markAt: index, runEnd: end, isSinglePeriod: isSinglePeriod) {
            collector.cut(at: end)
        }
        return end
    }

    /// Whether the run of marks from `index` to `runEnd` ends a sentence.
    ///
    /// White space must follow (so "8.45", "1.200" and "www.governo.it" never split) and then a
    /// capital, possibly behind opening quotes: never a digit ("nel 2024. 15 persone") or a
    /// lower-case word. An ellipsis right after a bracket ("[...]") marks an omission.
    private func endsSentence(markAt index: Int, runEnd: Int, isSinglePeriod: Bool) -> Bool {
        guard runEnd < scalars.count, SegmentScalar.isWhitespace(scalars[runEnd]) else { return false }
        guard startsSentence(at: skipWhitespace(from: runEnd)) else { return false }
        if index > 0, scalars[index - 1] == "[" || scalars[index - 1] == "(" { return false }
        return !isSinglePeriod || !periodBelongsToWord(at: index)
    }

    /// Whether the period at `period` is part of the word before it (an abbreviation, an
    /// initial, a dotted acronym or a list number) rather than the end of a sentence.
    ///
    /// Dotted acronyms keep their sentence even at its end ("negli U.S.A. Il"): with no way to
    /// tell "U.S.A." closing one sentence from "S.p.A." inside a name, staying together loses
    /// less than a wrong cut.
    private func periodBelongsToWord(at period: Int) -> Bool {
        guard let token = token(before: period) else { return false }
        if token.count == 1, SegmentScalar.isUppercase(scalars[token.lowerBound]) {
            return !followsLetterName(token.lowerBound)
        }
        if isDottedAcronym(token) || isListNumber(token) { return true }
        let word = lowercasedWord(token)
        return abbreviations.contains(word) && !ItalianAbbreviations.sentenceFinal.contains(word)
    }

    /// The word just before `period`, without surrounding quotes and brackets and without an
    /// elided article or preposition ("dell'on" gives "on"); `nil` when there is none or it is
    /// too long to be an abbreviation (a web address, say).
    private func token(before period: Int) -> Range<Int>? {
        var start = period
        while start > 0, !SegmentScalar.isWhitespace(scalars[start - 1]) {
            start -= 1
            if period - start > 24 { return nil }
        }
        var end = period
        while end > start, SegmentScalar.isCloser(scalars[end - 1]) { end -= 1 }
        while start < end, SegmentScalar.isOpener(scalars[start]) { start += 1 }
        if let apostrophe = (start..<end).last(where: { SegmentScalar.isApostrophe(scalars[$0]) }) {
            start = apostrophe + 1
        }
        return start < end ? start..<end : nil
    }

    /// Whether the initial at `initial` follows a word that names a letter as a category
    /// ("serie A.", "vitamina C."), so the period may end the sentence.
    private func followsLetterName(_ initial: Int) -> Bool {
        var end = initial
        while end > 0, SegmentScalar.isHorizontalSpace(scalars[end - 1]) { end -= 1 }
        var start = end
        while start > 0, SegmentScalar.isLetter(scalars[start - 1]) { start -= 1 }
        guard start < end, end - start <= 12 else { return false }
        return ItalianAbbreviations.letterNames.contains(lowercasedWord(start..<end))
    }

    /// Single letters joined by periods: "U.S.A", "S.p.A", "a.C".
    private func isDottedAcronym(_ token: Range<Int>) -> Bool {
        guard token.count >= 3, token.count % 2 == 1 else { return false }
        return token.allSatisfy { index in
            (index - token.lowerBound) % 2 == 0 ? SegmentScalar.isLetter(scalars[index]) : scalars[index] == "."
        }
    }

    /// A number of up to three digits with nothing before it in its sentence: the number of a
    /// list item ("1. Premessa"), not the end of a sentence.
    private func isListNumber(_ token: Range<Int>) -> Bool {
        guard token.count <= 3, collector.segmentStart <= token.lowerBound,
            token.allSatisfy({ SegmentScalar.isDigit(scalars[$0]) })
        else { return false }
        return (collector.segmentStart..<token.lowerBound).allSatisfy { SegmentScalar.isWhitespace(scalars[$0]) }
    }
}
