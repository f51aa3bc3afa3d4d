import Foundation
import Testing

@testable import Sunto

/// The curated glossaries against near-miss phrases written for them.
@Suite struct BuiltInGlossaryTests {
    private static let negatives: [(phrase: String, term: String)] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/glossary/negatives.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") && $0.contains("\t") }.map { line in
            let parts = line.split(separator: "\t")
            return (String(parts[0]), String(parts[1]))
        }
    }()

    private static let set = GlossarySet((try? BuiltInGlossaries.all()) ?? [])

    @Test func thereAreAtLeastAHundredNegativePhrases() {
        #expect(Self.negatives.count >= 100)
    }

    @Test(arguments: negatives.map(\.term))
    func everyNegativeNamesARealTerm(_ term: String) {
        #expect(Self.set.entries.contains { $0.it == term }, "'\(term)' is not a built-in term")
    }

    @Test(arguments: negatives.map { [$0.phrase, $0.term] })
    func nearMissesAreNotHits(_ pair: [String]) {
        let matcher = GlossaryMatcher(index: GlossaryIndex(Self.set))
        let sentences = SentenceSplitter().split(Normalizer().normalize(pair[0]).text)
        let found = matcher.hits(in: sentences).map { matcher.index.entries[$0.entry].it }
        #expect(!found.contains(pair[1]), "'\(pair[1])' found in: \(pair[0])")
    }

    @Test func builtInGlossariesAreLintClean() {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("glossaries/it-en")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).filter { $0.hasSuffix(".tsv") }.sorted()
        #expect(files.count >= 6)
        let errors = GlossaryLinter().lint(paths: files.map { root.appendingPathComponent($0).path }).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.prefix(10).map(\.description).joined(separator: "\n"))")
    }

    @Test func builtInGlossariesHoldAtLeastTwoThousandEntries() throws {
        #expect(try BuiltInGlossaries.all().reduce(0) { $0 + $1.entries.count } >= 2000)
    }
}
