/// Refuses articles that do not read as Italian, so that a folder holding a stray English or
/// French page gets a clear failure for it instead of a brief that makes no sense.
///
/// The check counts function words that belong to one language only (Italian "gli", "della",
/// "sono", "anche"; English "the", "which"; French "les", "dans"; Spanish "los", "pero"; German
/// "und", "nicht"; Portuguese "não", "pelo") among the first words of the text. An article
/// whose Italian share is small while another language's is large, or which holds almost no
/// Italian function word at all, is refused with the language it reads as. Short texts pass:
/// too few words to tell.
public struct ItalianLanguageCheck: Stage {
    public let name = "language-check"
    /// Texts with fewer words than this are not judged.
    public var minimumWords: Int
    /// The number of words looked at, from the start of the text.
    public var sampleWords: Int

    /// Creates the check.
    public init(minimumWords: Int = 40, sampleWords: Int = 2000) {
        self.minimumWords = minimumWords
        self.sampleWords = sampleWords
    }

    public func process(_ document: Document) throws(SuntoError) -> Document {
        if let reason = verdict(document.text) {
            throw .undecodable(path: document.source.path, reason: reason)
        }
        return document
    }

    /// Why `text` is not Italian, or `nil` when it is (or is too short to tell).
    public func verdict(_ text: String) -> String? {
        var counts: [String: Int] = [:]
        var words = 0
        for word in Self.words(of: text, limit: sampleWords) {
            words += 1
            if let language = Self.languageOfWord[word] { counts[language, default: 0] += 1 }
        }
        guard words >= minimumWords else { return nil }
        let italian = Double(counts["Italian", default: 0]) / Double(words)
        let other = counts.filter { $0.key != "Italian" }.max { ($0.value, $1.key) < ($1.value, $0.key) }
        let otherShare = Double(other?.value ?? 0) / Double(words)
        if let other, otherShare >= 0.08, otherShare > 2 * italian {
            return "the article reads as \(other.key), not Italian (\(Self.percent(otherShare)) \(other.key) function words, "
                + "\(Self.percent(italian)) Italian); sunto briefs Italian articles (--any-language turns this check off)"
        }
        if italian < 0.02 {
            return "the text does not read as Italian (\(Self.percent(italian)) Italian function words in \(words) words); "
                + "sunto briefs Italian articles (--any-language turns this check off)"
        }
        return nil
    }

    private static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded()))%"
    }

    /// Lower-cased words of letters, split at apostrophes ("l'accordo" gives "l" and "accordo").
    private static func words(of text: String, limit: Int) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                current.unicodeScalars.append(scalar)
                continue
            }
            if !current.isEmpty {
                words.append(current.lowercased())
                current = ""
                if words.count >= limit { return words }
            }
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return words
    }

    /// Function words of each language, leaving out those that are also common Italian words
    /// ("le", "qui", "se", "su", "da", "o"); a word listed for two languages tells nothing and is
    /// left out of the table.
    private static let functionWords: [String: [String]] = [
        "Italian": ["il", "gli", "di", "della", "delle", "dei", "degli", "dello", "nella", "nelle", "nel", "negli", "alla",
                    "alle", "ai", "agli", "dalla", "dal", "dai", "sulla", "sul", "che", "è", "non", "per", "sono", "anche",
                    "più", "questo", "questa", "questi", "dopo", "tra", "fra", "ci", "stato", "stata", "loro", "suo", "sua",
                    "già", "ancora", "molto", "tutti", "ogni", "perché", "così", "hanno", "essere", "ed", "uno", "quando"],
        "English": ["the", "and", "of", "to", "is", "that", "for", "with", "was", "on", "are", "be", "by", "this", "have",
                    "from", "it", "at", "which", "were", "will", "would", "been", "their", "they", "or", "but", "said",
                    "its", "who", "had", "has", "an", "not"],
        "French": ["les", "des", "est", "et", "du", "une", "dans", "pour", "pas", "sur", "au", "avec", "sont", "ont", "été",
                   "aux", "mais", "cette", "leur", "par", "nous", "vous"],
        "Spanish": ["el", "los", "las", "y", "es", "en", "que", "por", "para", "como", "más", "pero", "sus", "fue", "este",
                    "esta", "entre", "sobre", "también", "muy"],
        "German": ["der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "ein", "eine", "zu", "von", "auf",
                   "für", "sich", "auch", "als", "wird", "sind", "wurde", "nach", "bei"],
        "Portuguese": ["os", "dos", "das", "não", "em", "um", "ao", "mais", "foi", "são", "também", "pelo", "pela", "muito",
                       "seu"],
    ]

    private static let languageOfWord: [String: String] = {
        var languages: [String: Set<String>] = [:]
        for (language, words) in functionWords {
            for word in words { languages[word, default: []].insert(language) }
        }
        return languages.compactMapValues { $0.count == 1 ? $0.first : nil }
    }()
}
