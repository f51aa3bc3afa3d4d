import Testing

@testable import Sunto

/// Properties of normalization and segmentation that must hold for any text, checked on seeded
/// hostile Italian-like articles (see ``HostileText``).
@Suite struct TextPropertyTests {
    static let articles = HostileText.articles(seed: 0x5EED_0001)
    let normalizer = Normalizer()
    let splitter = SentenceSplitter()

    private static func scalars(_ text: String) -> [Unicode.Scalar] {
        Array(text.unicodeScalars)
    }

    @Test func normalizingTwiceGivesTheSameText() {
        for article in Self.articles {
            let once = normalizer.normalize(article).text
            let twice = normalizer.normalize(once).text
            #expect(Self.scalars(twice) == Self.scalars(once), "input: \(article.debugDescription)")
        }
    }

    @Test func repairOffsetsPointIntoTheNormalizedText() {
        for article in Self.articles {
            let result = normalizer.normalize(article)
            let count = result.text.unicodeScalars.count
            for repair in result.repairs {
                #expect((0...count).contains(repair.offset), "input: \(article.debugDescription)")
            }
        }
    }

    @Test func sentenceOffsetsSliceTheNormalizedTextExactly() {
        for article in Self.articles {
            let text = normalizer.normalize(article).text
            let scalars = Self.scalars(text)
            let sentences = splitter.split(text)
            var previousEnd = 0
            for (index, sentence) in sentences.enumerated() {
                #expect(sentence.id == index)
                #expect(sentence.start >= previousEnd && sentence.start < sentence.end && sentence.end <= scalars.count)
                guard sentence.start >= 0, sentence.start < sentence.end, sentence.end <= scalars.count else { continue }
                #expect(Array(scalars[sentence.start..<sentence.end]) == Self.scalars(sentence.text), "input: \(article.debugDescription)")
                #expect(sentence.text.unicodeScalars.first.map { !$0.properties.isWhitespace } == true)
                #expect(sentence.text.unicodeScalars.last.map { !$0.properties.isWhitespace } == true)
                previousEnd = sentence.end
            }
        }
    }

    @Test func segmentationLosesNoVisibleCharacter() {
        for article in Self.articles {
            let text = normalizer.normalize(article).text
            let visible = text.unicodeScalars.filter { !$0.properties.isWhitespace }
            let kept = splitter.split(text).flatMap { $0.text.unicodeScalars.filter { !$0.properties.isWhitespace } }
            #expect(kept == Array(visible), "input: \(article.debugDescription)")
        }
    }

    @Test func splittingRawUnnormalizedTextStillSlicesExactly() {
        for article in Self.articles {
            let scalars = Self.scalars(article)
            for sentence in splitter.split(article) {
                #expect(Array(scalars[sentence.start..<sentence.end]) == Self.scalars(sentence.text))
            }
        }
    }
}
