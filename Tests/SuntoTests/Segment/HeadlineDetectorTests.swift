import Testing

@testable import Sunto

extension SegmentTests {
    @Suite struct HeadlineDetectorTests {
        private let splitter = SentenceSplitter()

        private func segmented(_ text: String) -> Document {
            var document = Document(text: text)
            document.normalizedText = text
            return SegmentStage().process(document)
        }

        @Test func aShortFirstLineWithoutFinalPunctuationIsTheTitle() {
            let document = segmented("Porto, riapre il molo nord\n\nIl molo nord riapre oggi. Le navi tornano in banchina.")
            #expect(document.metadata.title == "Porto, riapre il molo nord")
            #expect(document.sentences.count == 3)
        }

        @Test func aFirstParagraphEndingInAFullStopIsNoTitle() {
            let document = segmented("Il molo nord riapre oggi.\n\nLe navi tornano in banchina.")
            #expect(document.metadata.title == nil)
        }

        @Test func aHeadlineMayEndInAQuotation() {
            let document = segmented("Il sindaco: «Nessun rinvio»\n\nIl cantiere chiuderà a giugno. I lavori sono in regola.")
            #expect(document.metadata.title == "Il sindaco: «Nessun rinvio»")
            #expect(HeadlineDetector.isHeadline("Il sindaco: «Nessun rinvio.»") == false)
        }

        @Test(arguments: [
            "Porto, riapre il molo nord", "  due\u{A0}parole  ", "a\tb\r\nc", "È già\u{85}qui", "",
            "cafe\u{301} e te\u{301}", "a \u{301}b", "一 二\u{3000}三",
        ])
        func wordsAreCountedAsSplittingOnCharactersCountsThem(_ line: String) {
            #expect(HeadlineDetector.wordCount(line) == line.split(whereSeparator: \.isWhitespace).count)
        }

        @Test func aHeadlineWithAFullStopIsJoinedBackIntoOneSentence() {
            let text = "Porto, riapre il molo nord. Attese cento navi\n\nIl molo nord riapre oggi. Le navi tornano in banchina."
            let document = segmented(text)
            #expect(document.metadata.title == "Porto, riapre il molo nord. Attese cento navi")
            #expect(document.sentences.map(\.id) == [0, 1, 2])
            #expect(document.sentences[1].text == "Il molo nord riapre oggi.")
            let scalars = Array(text.unicodeScalars)
            for sentence in document.sentences {
                #expect(String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end])) == sentence.text)
            }
        }

        @Test func aLeadParagraphOfSeveralSentencesIsNotJoined() {
            let sentences = splitter.split("Il molo nord riapre oggi. Le navi tornano.\n\nAltro paragrafo qui.")
            #expect(HeadlineDetector.joiningHeadline(sentences, in: "Il molo nord riapre oggi. Le navi tornano.\n\nAltro paragrafo qui.") == sentences)
        }

        @Test func anArticleOfOneParagraphHasNoHeadline() {
            let document = segmented("Porto, riapre il molo nord. Attese cento navi")
            #expect(document.metadata.title == nil)
            #expect(document.sentences.count == 2)
        }
    }
}
