import Testing

@testable import Sunto

/// The caps on sentences: a hostile text without periods, or with countless tiny sentences, is
/// cut down with a warning and never slows the later stages.
@Suite struct SentenceLimitsTests {
    @Test func aSentenceOverTheLengthLimitIsCutAtWhiteSpaceIntoExactSlices() {
        let text = String(repeating: "parola ", count: 100) + "fine"
        let sentences = SentenceSplitter().split(text)
        let limited = SentenceLimits(maxLength: 50).apply(to: sentences, of: text)
        let scalars = Array(text.unicodeScalars)
        #expect(limited.sentences.count > 10)
        for (index, piece) in limited.sentences.enumerated() {
            #expect(piece.id == index)
            #expect(piece.end - piece.start <= 50)
            #expect(String(String.UnicodeScalarView(scalars[piece.start..<piece.end])) == piece.text)
            #expect(!piece.text.hasPrefix(" ") && !piece.text.hasSuffix(" "))
        }
        #expect(limited.sentences.map(\.text).joined(separator: " ") == text)
        #expect(limited.warnings.count == 1 && limited.warnings[0].contains("max-sentence-length"))
    }

    @Test func aSentenceWithoutWhiteSpaceIsCutEveryMaxLengthScalars() {
        let text = String(repeating: "x", count: 125)
        let limited = SentenceLimits(maxLength: 50).apply(to: SentenceSplitter().split(text), of: text)
        #expect(limited.sentences.map { $0.end - $0.start } == [50, 50, 25])
    }

    @Test func sentencesPastTheCountLimitAreDroppedWithAWarning() {
        let text = (1...30).map { "Frase numero \($0)." }.joined(separator: " ")
        let limited = SentenceLimits(maxSentences: 10).apply(to: SentenceSplitter().split(text), of: text)
        #expect(limited.sentences.map(\.id) == Array(0..<10))
        #expect(limited.warnings == ["only the first 10 of 30 sentences were kept (raise the segment stage's max-sentences)"])
    }

    @Test func withinTheLimitsNothingChanges() {
        let text = "Il governo ha approvato il decreto. La legge entra in vigore domani."
        let sentences = SentenceSplitter().split(text)
        let limited = SentenceLimits().apply(to: sentences, of: text)
        #expect(limited.sentences == sentences && limited.warnings.isEmpty)
    }

    @Test func thePipelineOptionsSetTheLimits() throws {
        let spec = try PipelineSpec.parse(yaml: "stages:\n  - segment:\n      max-sentences: 7\n      max-sentence-length: 99\n", file: "p.yaml")
        var options = try #require(spec.entries.first).options
        #expect(try SegmentStage(options: &options).limits == SentenceLimits(maxSentences: 7, maxLength: 99))
    }

    @Test(.timeLimit(.minutes(2)))
    func aMegabyteWithoutPunctuationIsBriefedWithAWarning() async throws {
        let text = "Il sindaco ha parlato " + String(repeating: "della città e del porto ", count: 45_000)
        let pipeline = try Pipeline(settings: PipelineSettings(languages: [.it]))
        let document = try await pipeline.brief(text: text)
        #expect(document.sentences.allSatisfy { $0.end - $0.start <= SentenceLimits.defaultMaxLength })
        #expect(document.warnings.contains { $0.contains("max-sentence-length") })
        #expect(!document.brief.it.isEmpty)
    }

    @Test(.timeLimit(.minutes(2)))
    func countlessTinySentencesAreCutToTheLimit() async throws {
        let text = String(repeating: "Sì. No. ", count: 10_000)
        let pipeline = try Pipeline(settings: PipelineSettings(languages: [.it]))
        let document = try await pipeline.brief(text: text)
        #expect(document.sentences.count == SentenceLimits.defaultMaxSentences)
        #expect(document.warnings.contains { $0.contains("max-sentences") })
    }
}
