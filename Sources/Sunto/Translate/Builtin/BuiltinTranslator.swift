import Foundation

/// sunto's own Italian→English engine: rule-based transfer over a lexicon compiled into the
/// binary, with no external program and no network.
///
/// Each sentence is tokenized, analysed (contractions, elisions and clitics resolved, one
/// reading chosen from context), matched against multiword expressions, transferred (word
/// order, tense, voice, articles, subjects) and rendered. Words the engine does not know stay
/// as written, so names and glossary placeholders (`ZZT1ZZ`) pass through untouched.
public struct BuiltinTranslator: Translator {
    public let name = "builtin"

    /// Creates the engine; the lexicon is static data, nothing is loaded.
    public init() {}

    /// Reads now the tables the engine otherwise reads on its first sentence (the names that
    /// take "the", the first words of multiword phrases), so that a run started on another core
    /// finds them ready.
    public static func prepare() {
        _ = BuiltinLexicon.namesWithArticle
        _ = PhraseMatcher.beginnings
    }

    /// Always available: the engine needs nothing outside the binary.
    public func checkAvailable() throws(SuntoError) {}

    /// Translates the sentences in as many slices as there are processors; the order is kept.
    public func translate(_ sentences: [String]) async throws(SuntoError) -> [String] {
        // Short lists (a brief's few sentences) are done at once, without asking how many
        // processors there are (that reads cgroup files each time).
        guard sentences.count >= 128 else { return sentences.map(translate(sentence:)) }
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, sentences.count / 64)
        guard workers > 1 else { return sentences.map(translate(sentence:)) }
        let size = (sentences.count + workers - 1) / workers
        let slices = stride(from: 0, to: sentences.count, by: size).map { Array(sentences[$0..<min($0 + size, sentences.count)]) }
        let translated = await withTaskGroup(of: (Int, [String]).self) { group in
            for (number, slice) in slices.enumerated() {
                group.addTask { (number, slice.map(translate(sentence:))) }
            }
            var results = [[String]](repeating: [], count: slices.count)
            for await (number, lines) in group { results[number] = lines }
            return results
        }
        return translated.flatMap { $0 }
    }

    /// Translates one sentence.
    public func translate(sentence: String) -> String {
        let tokens = ItalianTokenizer.tokenize(sentence)
        guard !tokens.isEmpty else { return sentence }
        let units = CorrelativeConjunction.mark(ItalianTagger.analyse(tokens))
        let words = SentenceTransfer.transfer(units)
        let startsUpper = sentence.first(where: { $0.isLetter })?.isUppercase ?? false
        return EnglishRenderer.render(words, capitalizeFirst: startsUpper)
    }
}
