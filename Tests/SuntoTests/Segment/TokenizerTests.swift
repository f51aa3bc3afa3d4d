import Testing

@testable import Sunto

extension SegmentTests {
    /// Tokens are written `kind:text` in the tables: `w` word, `n` number, `p` punctuation.
    @Suite struct TokenizerTests {
        private static func describe(_ token: Token) -> String {
            let kind = switch token.kind {
            case .word: "w"
            case .number: "n"
            case .punctuation: "p"
            }
            return "\(kind):\(token.text)"
        }

        static let cases: [SegmentCase] = [
            SegmentCase("Il governo approva.", "w:Il", "w:governo", "w:approva", "p:."),
            SegmentCase("l'accordo", "w:l'", "w:accordo"),
            SegmentCase("dell’Alleanza", "w:dell’", "w:Alleanza"),
            SegmentCase("L'Aquila e Sant'Angelo", "w:L'", "w:Aquila", "w:e", "w:Sant'", "w:Angelo"),
            SegmentCase("l'8 marzo", "w:l'", "n:8", "w:marzo"),
            SegmentCase("un po' di pane", "w:un", "w:po'", "w:di", "w:pane"),
            SegmentCase("'tregua'", "p:'", "w:tregua", "p:'"),
            SegmentCase("la guerra russo-ucraina", "w:la", "w:guerra", "w:russo-ucraina"),
            SegmentCase("il Covid-19 e il 5G", "w:il", "w:Covid-19", "w:e", "w:il", "w:5G"),
            SegmentCase("la stagione 2023-2024", "w:la", "w:stagione", "n:2023", "p:-", "n:2024"),
            SegmentCase("crescita del 3,5", "w:crescita", "w:del", "n:3,5"),
            SegmentCase("1.200 euro e 40.000 persone", "n:1.200", "w:euro", "w:e", "n:40.000", "w:persone"),
            SegmentCase("alle 8.45", "w:alle", "n:8.45"),
            SegmentCase("il 24%", "w:il", "n:24", "p:%"),
            SegmentCase("nel 2024.", "w:nel", "n:2024", "p:."),
            SegmentCase("1,5, 2,5", "n:1,5", "p:,", "n:2,5"),
            SegmentCase("«Sì», ha detto — poi…", "p:«", "w:Sì", "p:»", "p:,", "w:ha", "w:detto", "p:—", "w:poi", "p:…"),
            SegmentCase("perché è così", "w:perché", "w:è", "w:così"),
            SegmentCase("E\u{0300} vero", "w:E\u{0300}", "w:vero"),
            SegmentCase(
                "Roma, Bari; Pisa: Como! Asti? (Lodi) «Enna» \"Gela\"\nAosta.", "w:Roma", "p:,", "w:Bari", "p:;", "w:Pisa", "p::", "w:Como",
                "p:!", "w:Asti", "p:?", "p:(", "w:Lodi", "p:)", "p:«", "w:Enna", "p:»", "p:\"", "w:Gela", "p:\"", "w:Aosta", "p:."
            ),
            SegmentCase("Trento2 Udine-Gorizia Ferrara' Cuneo’s città", "w:Trento2", "w:Udine-Gorizia", "w:Ferrara", "p:'", "w:Cuneo’", "w:s", "w:città"),
            SegmentCase("   "),
        ]

        @Test(arguments: cases)
        func textSplitsIntoWordsNumbersAndPunctuation(_ tokenCase: SegmentCase) {
            #expect(Tokenizer.tokens(in: tokenCase.text).map(Self.describe) == tokenCase.expected)
        }

        @Test(arguments: ["Un caffè ☕️ a 1,20 € nell'ora di punta.", "  l’8 marzo  ", "E\u{0300} così 👨‍👩‍👧."])
        func tokenOffsetsSliceTheTextExactly(_ text: String) {
            for token in Tokenizer.tokens(in: text) {
                #expect(SegmentCase.slice(of: text, from: token.start, to: token.end) == token.text)
            }
        }

        @Test func wordsAreLowercasedWithStraightApostrophes() {
            #expect(Tokenizer.words(in: "L’Aquila, 24% e l'ONU.") == ["l'", "aquila", "e", "l'", "onu"])
        }
    }
}
