/// Structural transfer of one analysed sentence into English words: verb groups with tense,
/// voice, negation and inserted subjects; noun phrases with adjectives before the noun and
/// articles English would use; infinitives with `to`.
struct SentenceTransfer {
    private let units: [SourceUnit]
    private var output: [EnglishWord] = []
    private var index = 0
    /// The last verb group was a modal: its infinitive takes no `to`.
    private var afterModal = false
    /// The next word emitted starts with a capital.
    private var capitalizeNext = false
    /// The last verb group was passive: a following `da` is `by`.
    private var afterPassive = false
    /// Where the last plural noun uncountable in English (`informazioni` → `information`) ended.
    private var uncountableSubjectEnds = -1
    /// Where the verb after `chi` (`those who`) starts: it agrees with a plural subject.
    private var pluralSubjectVerb = -1

    init(_ units: [SourceUnit]) {
        self.units = units
    }

    static func transfer(_ units: [SourceUnit]) -> [EnglishWord] {
        var transfer = SentenceTransfer(units)
        transfer.run()
        return transfer.output
    }

    private mutating func run() {
        while index < units.count {
            let unit = units[index]
            switch unit.token.kind {
            case .punctuation where unit.token.text == "°" && Self.isOrdinalDay(units, index):
                index += 1  // `1° novembre` → `1 November`.
            case .punctuation:
                output.append(EnglishWord(text: unit.token.text, kind: .punctuation, spaceBefore: unit.token.spaceBefore))
                index += 1
                // A quotation, a clause after a colon, a new sentence or the story after a
                // dateline (`ROMA – Il governo`) keeps its capital.
                if ["«", "“", "\"", ":", ".", "!", "?", "–", "—"].contains(unit.token.text), index < units.count, units[index].isCapitalized {
                    capitalizeNext = true
                }
            case .number:
                // A number opening a quotation takes the capital's place (`«il 2026 sarà` →
                // `«2026 will be`).
                verbatim(EnglishNumber.convert(unit.token.text))
                index += 1
            case .placeholder where unit.token.isAdjectivePlaceholder:
                verbatim(unit.token.text)
                index += 1
            case .placeholder:
                // A glossary term, usually a noun: adjectives after it move before it.
                noun(start: index)
            case .word:
                word(unit)
            }
        }
    }

    private mutating func word(_ unit: SourceUnit) {
        if let (english, end) = Self.adverbOrComparative(units, at: index) {
            emit(english, capitalized: unit.isCapitalized && index == 0)
            index = end
            return
        }
        if var fixed = unit.fixed {
            // `alla fine del 2017` → `at the end of 2017`.
            if fixed.hasSuffix(" the"), Self.dropsArticle(units, before: index + 1) { fixed.removeLast(4) }
            emit(fixed, capitalized: false)
            index += 1
            return
        }
        if unit.key == "non", let existential = next?.fixed, existential.hasPrefix("there ") {
            negatedExistential(existential)
            return
        }
        // `chi è già malato` → `those who are already ill`; in a question `chi` is `who`.
        if unit.key == "chi", unit.fixed == nil, units.last?.token.text != "?", index + 1 < units.count,
           units[index + 1].key == "non" || units[index + 1].chosen?.isFiniteVerb == true || units[index + 1].pos == "prn" {
            emit("those who", capitalized: false)
            index += 1
            pluralSubjectVerb = index
            return
        }
        if let relative = RelativePronoun.english(units, at: index) {
            emit(relative, capitalized: false)
            index += 1
            return
        }
        if unit.key == "non" || unit.chosen?.pos == "prn" && VerbGroup.clitics.contains(unit.key) || unit.chosen?.isFiniteVerb == true,
           let group = VerbGroup.read(units, at: index) {
            verbGroup(group)
            return
        }
        let modal = afterModal
        afterModal = false
        guard let reading = unit.chosen else {
            let (english, known) = LexicalChoice.english(for: unit)
            if known || !unit.isCapitalized && unit.key != english.lowercased() {
                emit(english, capitalized: unit.isCapitalized && index > 0 && !english.hasPrefix("the "))
            } else {
                verbatim(unit.token.text)
            }
            index += 1
            return
        }
        switch reading.pos {
        case "det": determiner(unit, reading)
        case "n": noun(start: index)
        case "pr" where next?.chosen?.isInfinitive == true && ["di", "a", "per", "da"].contains(reading.lemma):
            index += 1
            infinitive(units[index], to: true)
        case "pr":
            preposition(unit, reading)
        case "v" where reading.isInfinitive && index > 0 && units[index - 1].pos == "det":
            emit(EnglishMorphology.inflect(LexicalChoice.english(for: unit).text, .gerund), capitalized: false)
            objects(of: reading)
            index += 1
        case "v" where reading.isInfinitive:
            infinitive(unit, to: !previousWasPreposition && !modal)
        case "v" where reading.isGerund:
            emit(EnglishMorphology.inflect(LexicalChoice.english(for: unit).text, .gerund), capitalized: false)
            objects(of: reading)
            index += 1
        case "v" where reading.isParticiple:
            emit(EnglishMorphology.inflect(LexicalChoice.english(for: unit).text, .participle), capitalized: false)
            index += 1
        default:
            lexical(unit)
            index += 1
        }
    }

    /// `non ci sono problemi` → `there are no problems`, `non c'è un piano` → `there is no
    /// plan`, `non c'è nessun accordo` → `there is no agreement`; before another determiner
    /// `not` (`non c'è il ministro` → `there is not the minister`).
    private mutating func negatedExistential(_ existential: String) {
        index += 2
        let following = index < units.count ? units[index] : nil
        let indefinite = following.map { ["un", "uno", "una", "un'", "alcun", "alcuno", "alcuna"].contains($0.key) || $0.key.hasPrefix("nessun") } ?? false
        if indefinite { index += 1 }
        let determined = !indefinite && following?.pos == "det"
        if !determined {
            emit(existential + " no", capitalized: false)
        } else {
            emit(existential.hasSuffix("will be") ? existential.replacing("will be", with: "will not be") : existential + " not", capitalized: false)
        }
    }

    /// `a Roma` → `in Rome`; `da` after a participle is the agent (`criticato dai sindacati` →
    /// `criticised by the unions`).
    private mutating func preposition(_ unit: SourceUnit, _ reading: ItalianAnalysis) {
        let following = next
        let previous = index > 0 ? units[index - 1].chosen : nil
        // `da` after a passive participle names the agent: `condivisa dal governo` → `shared by`.
        let isAgent = reading.lemma == "da" && (previous?.isParticiple == true && !VerbGroup.unaccusatives.contains(previous?.lemma ?? "")
            || afterPassive || previous?.pos == "adv" && index > 1 && units[index - 2].chosen?.isParticiple == true)
        let english: String
        var dropsArticle = false
        if ["di", "a", "da"].contains(reading.lemma), Self.percentageAfter(units, index) {
            // No article before a percentage: `è cresciuto del 5%` → `grew by 5%`, `un aumento del
            // 5%` → `an increase of 5%`, `dal 3% al 7%` → `from 3% to 7%`.
            switch reading.lemma {
            case "a": english = "to"
            case "da": english = isAgent ? "by" : "from"
            default: english = Self.changeVerbs.contains(previous?.lemma ?? "") ? "by" : "of"
            }
            dropsArticle = true
        } else if reading.lemma == "a", following?.isCapitalized == true, following?.chosen == nil {
            english = "in"
        } else if reading.lemma == "a", let month = following, Self.months.contains(month.key) {
            // `a marzo` → `in March`.
            english = "in"
        } else if reading.lemma == "a", following?.pos == "det", index + 2 < units.count, Self.isTime(units[index + 2].token.text) {
            english = "at"
        } else if ["tra", "fra"].contains(reading.lemma), !units[(index + 1)..<min(index + 7, units.count)].contains(where: { $0.key == "e" || $0.key == "ed" }) {
            // `tra i feriti` → `among the injured`; `tra Cina e Stati Uniti` stays `between`.
            english = "among"
        } else if reading.lemma == "da", previous?.lemma == "dipendere" {
            // `dipende dal governo` → `depends on the government`.
            english = "on"
        } else if reading.lemma == "da", let year = Self.yearAfter(units, index) {
            // `dal 1988` → `since 1988`; `dal 1977 al 1981` → `from 1977 to 1981`.
            english = year + 1 < units.count && units[year + 1].key == "a" ? "from" : "since"
        } else if isAgent {
            english = "by"
        } else {
            english = LexicalChoice.english(for: unit).text
        }
        emit(english, capitalized: unit.isCapitalized && index == 0)
        index += dropsArticle ? 2 : 1
    }

    /// A capitalised word inside a sentence next to another capitalised word is part of a name
    /// (`Mario Rossi`), whatever the lexicon says.
    private func isInsideName(_ position: Int) -> Bool {
        guard position > 0, units[position].isCapitalized, units[position].fixed == nil else { return false }
        let before = units[position - 1]
        let after = position + 1 < units.count ? units[position + 1] : nil
        return before.isCapitalized && before.token.kind == .word && (position > 1 || before.chosen == nil)
            || after?.isCapitalized == true && after?.token.kind == .word
    }

    private var next: SourceUnit? { index + 1 < units.count ? units[index + 1] : nil }
    private var previousWasPreposition: Bool { index > 0 && units[index - 1].chosen?.pos == "pr" }

    private mutating func lexical(_ unit: SourceUnit) {
        let (english, known) = LexicalChoice.english(for: unit)
        // A capitalised adjective inside a sentence is a name (`India`, not `indio`).
        if unit.isCapitalized, index > 0, !known || unit.chosen?.pos == "adj" {
            verbatim(unit.token.text)
        } else {
            emit(english, capitalized: unit.isCapitalized && index > 0 && !known)
        }
    }

    private mutating func infinitive(_ unit: SourceUnit, to: Bool) {
        let english = LexicalChoice.english(for: unit).text
        if to && output.last?.text != "to" { emit("to", capitalized: false) }
        emit(english, capitalized: false)
        if let reading = unit.chosen { objects(of: reading) }
        afterModal = false
        index += 1
    }

    /// Pronouns attached to an infinitive or gerund (`farlo` → `do it`).
    private mutating func objects(of reading: ItalianAnalysis) {
        guard let tag = reading.tags.first(where: { $0.hasPrefix("enc:") }) else { return }
        let pronoun = String(tag.dropFirst(4))
        let english = ["lo": "it", "la": "it", "li": "them", "le": "them", "gli": "him", "mi": "me", "ci": "us", "ti": "you", "vi": "you"]
        if let object = english[pronoun] { emit(object, capitalized: false) }
    }

    private mutating func determiner(_ unit: SourceUnit, _ reading: ItalianAnalysis) {
        defer { index += 1 }
        let following = next
        if reading.has("def") {
            // `il più sicuri possibile` → `as safe as possible`.
            if let asPossible = Self.asPossible(units, after: index) {
                emit(asPossible, capitalized: false)
                index += 3
                return
            }
            // No article before a possessive (`il suo` → `his`).
            if following?.chosen?.has("pos") == true { return }
            if Self.dropsArticle(units, before: index + 1) { return }
            // `nel collezionare` → `in collecting`: the infinitive becomes a gerund.
            if following?.chosen?.isInfinitive == true { return }
            if GenericNounPhrase.takesNoArticle(units, after: index) { return }
            emit("the", capitalized: false)
            return
        }
        var english = LexicalChoice.english(for: unit).text
        if reading.isPlural {
            english = Self.pluralDemonstratives[english] ?? english
        }
        emit(english, capitalized: false)
    }

    /// The plural of English determiners that have one.
    private static let pluralDemonstratives = ["this": "these", "that": "those", "any": "some"]

    /// A noun and the adjectives after it: `accordo politico` → `political agreement`.
    private mutating func noun(start: Int) {
        afterPassive = false
        let unit = units[start]
        if let (decade, end) = EnglishDecade.read(units, noun: start) {
            emit(decade, capitalized: false)
            index = end
            return
        }
        var adjectives: [String] = []
        var end = start + 1
        // `la montagna più alta` → `the highest mountain`, `un prezzo più basso` → `a lower price`;
        // with `di` after it the comparison stays after the noun (`più forte del` → `stronger than`).
        if end + 2 < units.count, units[end].key == "più", units[end].fixed == nil, units[end + 2].key != "di",
           let english = Self.adjective(units, at: end + 1) {
            let definite = start > 0 && units[start - 1].chosen?.has("def") == true
            adjectives.append(EnglishComparative.form(english, definite ? .superlative : .comparative))
            end += 2
        }
        let (following, afterAdjectives) = Self.adjectives(units, from: end, room: 2 - adjectives.count)
        adjectives += following
        end = afterAdjectives
        if adjectives.count == 1 { end = Self.coordinateAdjectives(units, from: end, after: &adjectives) }
        for adjective in adjectives { emit(adjective, capitalized: false) }
        let (english, known) = LexicalChoice.english(for: unit)
        // `quattro milioni di persone` → `four million people`.
        let isCount = ["milione", "miliardo"].contains(unit.lemma ?? "") && start > 0
            && (units[start - 1].token.kind == .number || units[start - 1].pos == "num")
        let inflected = unit.chosen?.isPlural == true && !isCount ? EnglishMorphology.inflect(english, .plural) : english
        if unit.chosen?.isPlural == true, known, inflected == english, !isCount { uncountableSubjectEnds = end }
        if isCount, end < units.count, units[end].key == "di", adjectives.isEmpty { end += 1 }
        if !isCount, adjectives.isEmpty, unit.token.kind == .word, let modifier = NounCompound.modifier(units, head: start, after: end) {
            // `tasso di successo` → `success rate`.
            emit(modifier, capitalized: unit.isCapitalized && start == 0)
            let (english, _) = LexicalChoice.english(for: unit)
            emit(unit.chosen?.isPlural == true ? EnglishMorphology.inflect(english, .plural) : english, capitalized: false)
            index = end + 2
            return
        }
        if unit.token.kind == .placeholder || !known && unit.isCapitalized && start > 0 || isInsideName(start) && BuiltinLexicon.english(lemma: unit.token.text, pos: "np") == nil {
            verbatim(unit.token.text)
        } else {
            // Italian capitalises a common noun inside a sentence only in a name (`il Comitato
            // olimpico` → `the Olympic Committee`), and English keeps it; `Paese` and `Stato`
            // are capitalised by house style alone (`i Paesi colpiti` → `the countries hit`).
            let styleCapital = ["paese", "stato"].contains(unit.lemma ?? "")
            // A name written with its article (`the Balkans`) is already capitalised.
            emit(inflected, capitalized: unit.isCapitalized && start > 0 && !styleCapital && !inflected.hasPrefix("the "))
        }
        index = end
    }

    private mutating func verbGroup(_ group: VerbGroup) {
        if needsSubject(before: group.range.lowerBound, group), !hasSubjectAfter(group) {
            emit(Self.subjectPronoun(group.finite, mainLemma: group.mainLemma), capitalized: false)
        }
        var group = group
        // `le informazioni sono` → `the information is`: a noun uncountable in English takes a
        // singular verb.
        if uncountableSubjectEnds == group.range.lowerBound, group.finite.person == "p3" { group.phrase.thirdSingular = true }
        if pluralSubjectVerb == group.range.lowerBound { group.phrase.thirdSingular = false }
        var words = group.phrase.words
        if !group.adverbs.isEmpty {
            // After an auxiliary or a lone `be`/modal (`is already`, `are no longer`), else before the verb.
            let afterFirst = words.count > 1 || ["is", "are", "am", "was", "were", "can", "could", "must"].contains(words.first ?? "")
            words.insert(contentsOf: group.adverbs, at: afterFirst ? 1 : 0)
        }
        for word in words { emit(word, capitalized: false) }
        for object in group.objects { emit(object, capitalized: false) }
        afterModal = group.isModal
        afterPassive = group.phrase.passive
        index = group.range.upperBound
    }

    /// Italian drops subject pronouns; English needs one when a sentence (or a quotation)
    /// opens with its verb. Inside a sentence the subject is usually shared or stated around
    /// the verb, so none is added there.
    private func needsSubject(before start: Int, _ group: VerbGroup) -> Bool {
        guard start > 0 else { return true }
        let previous = units[start - 1]
        guard previous.token.kind == .punctuation else { return false }
        if [":", "«", "\"", "“", ".", "!", "?"].contains(previous.token.text) { return true }
        // `«…», ha aggiunto.` → `he added`: a verb of saying that ends the sentence.
        let end = group.range.upperBound
        return previous.token.text == "," && Self.speechVerbs.contains(group.mainLemma)
            && (end == units.count || units[end].token.kind == .punctuation)
    }

    /// `Sono morte dieci persone`: verbs of happening put their subject after them.
    private func hasSubjectAfter(_ group: VerbGroup) -> Bool {
        guard group.range.upperBound < units.count, let following = units[group.range.upperBound].chosen,
              ["det", "num", "n"].contains(following.pos) || units[group.range.upperBound].token.kind == .number else { return false }
        return group.phrase.passive || VerbGroup.unaccusatives.contains(group.finite.lemma) || group.finite.lemma == "essere"
            && units[group.range.lowerBound..<group.range.upperBound].contains { $0.chosen.map { VerbGroup.unaccusatives.contains($0.lemma) } ?? false }
    }

    private static let speechVerbs: Set<String> = [
        "dire", "dichiarare", "affermare", "spiegare", "aggiungere", "sottolineare", "annunciare", "ricordare", "precisare",
        "commentare", "scrivere", "rispondere", "osservare", "chiedere", "raccontare", "nascere", "morire", "diventare",
    ]

    private static func subjectPronoun(_ finite: ItalianAnalysis, mainLemma: String) -> String {
        switch (finite.person, finite.isPlural) {
        case ("p1", false): return "I"
        case ("p1", true): return "we"
        case ("p2", _): return "you"
        case ("p3", true): return "they"
        default: return speechVerbs.contains(mainLemma) ? "he" : "it"
        }
    }

    /// Writes a name, a glossary term or a number as it stands; it takes the place of a capital
    /// owed to the next word.
    private mutating func verbatim(_ text: String) {
        capitalizeNext = false
        output.append(EnglishWord(text: text, kind: .verbatim))
    }

    private mutating func emit(_ text: String, capitalized: Bool) {
        let capitalized = capitalized || capitalizeNext
        capitalizeNext = false
        // Most of what is emitted is one word: kept whole, without splitting it into a list.
        if !text.isEmpty, !text.utf8.contains(UInt8(ascii: " ")) {
            output.append(EnglishWord(text: capitalized ? text.firstUppercased : text))
            return
        }
        // ASCII text (nearly all English) is split on its bytes, without reading graphemes.
        let words = text.utf8.allSatisfy { $0 < 0x80 }
            ? text.utf8.split(separator: UInt8(ascii: " ")).map { Substring($0) } : text.split(separator: " ")
        for (position, word) in words.enumerated() {
            output.append(EnglishWord(text: capitalized && position == 0 ? String(word).firstUppercased : String(word)))
        }
    }
}
