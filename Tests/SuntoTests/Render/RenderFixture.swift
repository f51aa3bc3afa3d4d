import Foundation
import Testing

@testable import Sunto

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The fixture article of the HTML tests, briefed by the real pipeline with a glossary whose
/// notes are hostile, given an English brief and hostile metadata.
enum RenderFixture {
    static let folder = CommandRunner.root.appendingPathComponent("Tests/SuntoTests/Fixtures/render")
    static let hostileTitle = "<script>alert(1)</script> Treni & \"pendolari\""
    static let article = "treni-liguria.txt"
    static let glossary = "hostile-glossary.tsv"

    /// A stand-in engine that returns each sentence as it is: what reaches the English brief is
    /// the Italian with every glossary term in the glossary's English, placed by the translate
    /// stage exactly as it places them in a real engine's output.
    struct KeepingTranslator: Translator {
        let name = "fixture"
        func translate(_ sentences: [String]) async throws(SuntoError) -> [String] { sentences }
        func checkAvailable() throws(SuntoError) {}
    }

    /// The fixture article briefed in `sentences` sentences (by default all of them).
    static func document(sentences: Int = 20) async throws -> Document {
        let text = try String(contentsOf: folder.appendingPathComponent(article), encoding: .utf8)
        let settings = PipelineSettings(
            sentences: sentences, languages: [.it], jobs: 1, glossaries: [folder.appendingPathComponent(glossary).path]
        )
        let pipeline = try Pipeline(settings: settings)
        var document = try await pipeline.brief(text: text, path: "render/\"treni\" <liguria>.txt")
        document = try await TranslateStage(translator: KeepingTranslator()).process(document)
        document.metadata.title = hostileTitle
        document.metadata.byline = "Redazione <b>Genova</b>"
        document.metadata.date = "2025-03-14"
        document.metadata.site = "Il Quotidiano \"Ligure\" & co."
        document.metadata.url = "javascript:alert(3)"
        return document
    }

    /// A two-sentence document with a hostile title, a term in the brief and a repair.
    static func small() -> Document {
        var document = Document(text: "x", path: "a \"b\".txt")
        document.metadata.title = "<script>alert(1)</script> *titolo*"
        document.normalizedText = "Prima frase. Seconda frase."
        document.sentences = [
            Sentence(id: 0, text: "Prima frase.", start: 0, end: 12),
            Sentence(id: 1, text: "Seconda frase.", start: 13, end: 27),
        ]
        document.scores = [
            SentenceScore(sentence: 0, total: 0.123456, features: ["position": 1, "centroid": 0.5]),
            SentenceScore(sentence: 1, total: 2.0 / 3.0, features: ["position": 0.8, "centroid": 0.25]),
        ]
        document.brief.it = [BriefSentence(text: "Seconda frase.", sourceSentence: 1, score: 2.0 / 3.0)]
        document.brief.en = [BriefSentence(text: "Second sentence.", sourceSentence: 1, score: 2.0 / 3.0)]
        document.terms = [
            TermUse(it: "frase", en: "sentence", glossary: "grammar.tsv", occurrences: [
                .init(sentence: 0, start: 6, end: 11, text: "frase"), .init(sentence: 1, start: 21, end: 26, text: "frase"),
            ])
        ]
        document.repairs = [Repair(rule: "glued-words", before: "fraseSeconda", after: "frase. Seconda", offset: 6)]
        return document
    }

    /// Parses a page as XML: every page sunto writes is well-formed, so this also checks that
    /// every element is closed where it was opened.
    static func parse(_ html: String) throws -> XMLDocument {
        try XMLDocument(xmlString: html, options: [.nodePreserveWhitespace])
    }

    /// The nodes at `xpath`.
    static func nodes(_ page: XMLNode, _ xpath: String) throws -> [XMLNode] {
        try page.nodes(forXPath: xpath)
    }

    /// The string values of the nodes at `xpath`.
    static func strings(_ page: XMLNode, _ xpath: String) throws -> [String] {
        try page.nodes(forXPath: xpath).map { $0.stringValue ?? "" }
    }
}
