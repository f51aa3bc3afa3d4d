import Testing

@testable import Sunto

/// Escaping of everything that comes from an input.
@Suite struct HTMLEscapingTests {
    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
        ("l'Italia & l’Europa", "l&#39;Italia &amp; l’Europa"),
        ("&amp; già escaped", "&amp;amp; già escaped"),
        ("a\u{0}b\u{7}c\u{85}d\u{7F}e", "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e"),
        ("riga\ttab\nnuova\r", "riga&#9;tab&#10;nuova&#13;"),
        ("😀 città", "😀 città"),
    ])
    func inputBecomesText(_ input: String, _ escaped: String) {
        #expect(HTMLEscaping.escape(input) == escaped)
    }

    @Test(arguments: [0xFFFE, 0xFFFF, 0x1FFFE, 0xFDD0, 0xFDEF])
    func noncharactersAreReplaced(_ value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        #expect(HTMLEscaping.escape("a" + String(Character(scalar)) + "b") == "a\u{FFFD}b")
    }

    @Test(arguments: [
        ("politica/vertice.html", "politica/vertice.html"),
        ("cronaca/alluvione romagna.html", "cronaca/alluvione%20romagna.html"),
        ("città/perché.html", "citt%C3%A0/perch%C3%A9.html"),
        ("javascript:alert(1)", "javascript%3Aalert%281%29"),
        ("//evil.example/x", "%2F/evil.example/x"),
        ("a?b#c\"d", "a%3Fb%23c%22d"),
    ])
    func pathsBecomeRelativeLinks(_ path: String, _ url: String) {
        #expect(HTMLEscaping.relativeURL(path) == url)
    }

    @Test(arguments: [
        ("https://www.example.it/a?b=1", true),
        ("HTTP://example.com", true),
        ("javascript:alert(1)", false),
        ("data:text/html,<script>", false),
        ("https://example.com/\"onmouseover", false),
        ("https://exa mple.com", false),
    ])
    func onlyWebURLsAreLinked(_ url: String, _ linked: Bool) {
        #expect(HTMLEscaping.isWebURL(url) == linked)
    }
}
