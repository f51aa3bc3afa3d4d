import Foundation
import Testing

@testable import Sunto

/// Properties of whole briefs on seeded hostile articles: the budget holds, and the JSON
/// rendering reads back to the same document.
@Suite struct BriefPropertyTests {
    static let articles = HostileText.articles(count: 60, seed: 0x5EED_0003)

    /// The documents of ``articles`` through the default pipeline, those that are not refused.
    static func documents(languages: Set<BriefLanguage>) async throws -> [Document] {
        let pipeline = try Pipeline(settings: PipelineSettings(languages: languages))
        var documents: [Document] = []
        for (index, article) in articles.enumerated() {
            if let document = try? await pipeline.brief(text: article, path: "caso-\(index).txt") { documents.append(document) }
        }
        return documents
    }

    @Test func selectionRespectsEveryBudget() async throws {
        var generator = SeededGenerator(seed: 0x5EED_0004)
        let documents = try await Self.documents(languages: [.it])
        #expect(documents.count > Self.articles.count / 2)
        for document in documents {
            let article = ArticleFeatures(document: document)
            let candidates = document.sentences.map(\.id).filter(article.isBody)
            #expect(document.selection.count <= 3)
            let sentences = Int.random(in: 1...6, using: &generator)
            let words = Int.random(in: 1...80, using: &generator)
            let ratio = Double.random(in: 0.01...1, using: &generator)
            for budget in [Budget.sentences(sentences), .words(words), .ratio(ratio)] {
                let chosen = SentenceSelector(budget: budget).select(scores: document.scores, article: article)
                #expect(chosen == chosen.sorted() && Set(chosen).count == chosen.count)
                #expect(chosen.allSatisfy(candidates.contains))
                #expect(chosen.isEmpty == candidates.isEmpty)
                switch budget {
                case .sentences(let limit): #expect(chosen.count <= limit)
                case .words(let limit): #expect(chosen.count == 1 || chosen.reduce(0) { $0 + article.wordCounts[$1] } <= limit)
                case .ratio(let ratio): #expect(chosen.count <= max(1, Int((ratio * Double(candidates.count)).rounded())))
                }
            }
        }
    }

    @Test func jsonRenderingReadsBackLosslessly() async throws {
        for document in try await Self.documents(languages: [.it, .en]) {
            let json = JSONRenderer().render(document)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let source = try #require(object["source"] as? [String: Any])
            #expect(source["path"] as? String == document.source.path)
            #expect(source["sha256"] as? String == document.source.sha256)
            let sentences = try #require(object["sentences"] as? [[String: Any]])
            #expect(sentences.count == document.sentences.count)
            for (read, sentence) in zip(sentences, document.sentences) {
                #expect(Self.same(read["text"], sentence.text))
                #expect(read["id"] as? Int == sentence.id && read["start"] as? Int == sentence.start)
                #expect(read["end"] as? Int == sentence.end && read["paragraph"] as? Int == sentence.paragraph)
                #expect(Self.same(read["score"], document.scores[sentence.id].total))
            }
            let brief = try #require(object["brief"] as? [String: Any])
            for (language, expected) in [("it", document.brief.it), ("en", document.brief.en)] {
                let read = try #require(brief[language] as? [[String: Any]])
                #expect(read.count == expected.count)
                for (item, sentence) in zip(read, expected) {
                    #expect(Self.same(item["text"], sentence.text))
                    #expect(item["source_sentence"] as? Int == sentence.sourceSentence)
                    #expect(Self.same(item["score"], sentence.score))
                }
            }
            let repairs = try #require(object["repairs"] as? [[String: Any]])
            #expect(repairs.count == document.repairs.count)
            for (read, repair) in zip(repairs, document.repairs) {
                #expect(Self.same(read["rule"], repair.rule) && Self.same(read["before"], repair.before))
                #expect(Self.same(read["after"], repair.after) && read["offset"] as? Int == repair.offset)
            }
            let terms = try #require(object["terms"] as? [[String: Any]])
            #expect(terms.count == document.terms.count)
            for (read, term) in zip(terms, document.terms) {
                #expect(Self.same(read["it"], term.it) && Self.same(read["en"], term.en))
                let occurrences = try #require(read["occurrences"] as? [[String: Any]])
                #expect(occurrences.map { $0["start"] as? Int } == term.occurrences.map(\.start))
                #expect(zip(occurrences, term.occurrences).allSatisfy { Self.same($0["text"], $1.text) })
            }
            let warnings = try #require(object["warnings"] as? [String])
            #expect(warnings.map { Array($0.unicodeScalars) } == document.warnings.map { Array($0.unicodeScalars) })
        }
    }

    /// Whether a value read from JSON is exactly `expected`, scalar for scalar.
    private static func same(_ value: Any?, _ expected: String) -> Bool {
        guard let text = value as? String else { return false }
        return Array(text.unicodeScalars) == Array(expected.unicodeScalars)
    }

    /// Whether a number read from JSON is `expected` at the four decimals JSON carries.
    private static func same(_ value: Any?, _ expected: Double) -> Bool {
        guard let number = value as? Double ?? (value as? Int).map(Double.init) else { return false }
        return abs(number - expected) <= 0.00005 + 1e-12
    }
}
