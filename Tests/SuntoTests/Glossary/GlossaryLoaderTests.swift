import Testing

@testable import Sunto

@Suite struct GlossaryLoaderTests {
    private func load(_ text: String, _ path: String) throws -> Glossary {
        try GlossaryLoader.parse(Array(text.utf8), path: path)
    }

    @Test func tsvWithEveryColumn() throws {
        let glossary = try load("""
            # comment
            it\ten\tvariants\ten_plural\tpos\tcase\tdomain\tnote

            Zelensky\tZelensky\tZelenskyj|Zelenskij\t\tpropn\texact\tnames\tromanisation policy
            crisi\tcrisis\t\tcrises\tnoun\tinsensitive\teconomy\t
            """, "names.tsv")
        #expect(glossary.entries.count == 2)
        #expect(glossary.entries[0].variants == ["Zelenskyj", "Zelenskij"])
        #expect(glossary.entries[0].casePolicy == .exact)
        #expect(glossary.entries[0].line == 4)
        #expect(glossary.entries[1].enPlural == "crises")
        #expect(glossary.entries[1].glossary == "names.tsv")
    }

    @Test func minimalTSVGuessesTheCasePolicy() throws {
        let glossary = try load("it\ten\nOnu\tUN\naccordo\tagreement\n", "a.tsv")
        #expect(glossary.entries.map(\.casePolicy) == [.exact, .insensitive])
    }

    @Test func csvWithQuotedFields() throws {
        let glossary = try load("""
            it,en,note
            "accordo, bilaterale","bilateral agreement","a ""quoted"" note"
            Camera,Chamber of Deputies,"two
            lines"
            """, "a.csv")
        #expect(glossary.entries.map(\.it) == ["accordo, bilaterale", "Camera"])
        #expect(glossary.entries[0].note == "a \"quoted\" note")
        #expect(glossary.entries[1].note == "two\nlines")
    }

    @Test func tbxBasicAndTBX3() throws {
        let basic = try load("""
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX-Basic" xml:lang="en"><text><body>
              <termEntry id="c1">
                <descrip type="subjectField">defence</descrip>
                <langSet xml:lang="it">
                  <tig><term>forze armate</term><termNote type="partOfSpeech">noun</termNote></tig>
                  <tig><term>FF.AA.</term></tig>
                </langSet>
                <langSet xml:lang="en"><tig><term>armed forces</term></tig></langSet>
              </termEntry>
              <termEntry id="c2"><langSet xml:lang="fr"><tig><term>paix</term></tig></langSet></termEntry>
            </body></text></martif>
            """, "a.tbx")
        #expect(basic.entries.count == 1)
        #expect(basic.entries[0].it == "forze armate")
        #expect(basic.entries[0].variants == ["FF.AA."])
        #expect(basic.entries[0].domain == "defence")
        let three = try load("""
            <?xml version="1.0"?>
            <tbx type="TBX-Core" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
              <conceptEntry id="1">
                <langSec xml:lang="it"><termSec><term>cessate il fuoco</term></termSec></langSec>
                <langSec xml:lang="en"><termSec><term>ceasefire</term></termSec></langSec>
              </conceptEntry>
            </body></text></tbx>
            """, "b.tbx")
        #expect(three.entries.map(\.en) == ["ceasefire"])
    }

    @Test(arguments: [
        ("it\ten\naccordo\n", "a.tsv", 2, "1 fields, the header has 2"),
        ("it\ten\n\tagreement\n", "a.tsv", 2, "empty Italian term"),
        ("it\ten\naccordo\t\n", "a.tsv", 2, "empty English term"),
        ("italiano\tinglese\n", "a.tsv", 1, "unknown column"),
        ("it\ten\tcase\naccordo\tagreement\tmaybe\n", "a.tsv", 2, "is not exact or insensitive"),
        ("it,en\n\"accordo,agreement\n", "a.csv", 2, "never closed"),
        ("<martif><text><body><termEntry>", "a.tbx", 1, "not a valid TBX"),
        ("<martif/>", "a.tbx", 0, "no termEntry"),
        ("it\ten\n", "a.docx", 0, "unknown glossary format"),
    ] as [(String, String, Int, String)])
    func malformedFilesNameTheFileAndLine(_ text: String, _ path: String, _ line: Int, _ message: String) {
        #expect {
            try load(text, path)
        } throws: { error in
            guard case .glossary(let file, let reported, let text) = error as? SuntoError else { return false }
            return file == path && reported == line && text.contains(message)
        }
    }

    @Test func invalidUTF8IsReportedWithItsLine() {
        #expect {
            try GlossaryLoader.parse(Array("it\ten\nciao\thello\n".utf8) + [0x63, 0x69, 0x74, 0x74, 0xE0, 0x09, 0x63, 0x0A], path: "a.tsv")
        } throws: { error in
            guard case .glossary(_, let line, let message) = error as? SuntoError else { return false }
            return line == 3 && message.contains("UTF-8")
        }
    }

    @Test func laterHigherPriorityGlossariesWin() {
        let base = Glossary(name: "a", path: "a", priority: 0, entries: [GlossaryEntry(it: "Kiev", en: "Kiev")])
        let user = Glossary(name: "b", path: "b", priority: 2, entries: [GlossaryEntry(it: "Kiev", en: "Kyiv")])
        #expect(GlossarySet([user, base]).entries.map(\.en) == ["Kyiv"])
    }

    @Test func builtInGlossariesLoadAndAreEmbeddedFromTheFiles() throws {
        let glossaries = try BuiltInGlossaries.all()
        #expect(!glossaries.isEmpty)
        let root = #filePath.split(separator: "/").dropLast(4).joined(separator: "/")
        for (name, text) in BuiltInGlossaries.files {
            let onDisk = try InputFile.read("/\(root)/glossaries/it-en/\(name)")
            let same = Array(text.utf8) == onDisk
            #expect(same, "\(name) differs from its embedded copy: run scripts/embed-glossaries")
        }
    }
}
