import Testing

@testable import Sunto

@Suite struct GlobPatternTests {
    @Test(arguments: [
        ("*.html", "a.html", true),
        ("*.html", "politica/2024/a.html", true),
        ("*.html", "a.htm", false),
        ("a?.txt", "a1.txt", true),
        ("a?.txt", "a12.txt", false),
        ("[ab]*.txt", "b7.txt", true),
        ("[!ab]*.txt", "b7.txt", false),
        ("[a-c]x", "bx", true),
        ("[a-c]x", "dx", false),
        ("bozze", "bozze", true),
        ("bozze", "2024/bozze", true),
        ("2024/*", "2024/a.txt", true),
        ("2024/*", "2024/03/a.txt", false),
        ("2024/**", "2024/03/a.txt", true),
        ("2024/**/*.txt", "2024/a.txt", true),
        ("2024/**/*.txt", "2024/03/12/a.txt", true),
        ("2024/**/*.txt", "2023/03/a.txt", false),
        ("**/bozze/*", "a/b/bozze/x.md", true),
        ("./archivio/", "archivio", true),
        ("\\*.txt", "*.txt", true),
        ("\\*.txt", "a.txt", false),
        ("città/*.txt", "città/roma.txt", true),
        ("*", "anything", true),
    ] as [(String, String, Bool)])
    func patternsMatchPathsAsTheShellAndGitignoreDo(_ pattern: String, _ path: String, _ expected: Bool) throws {
        #expect(try GlobPattern(pattern).matches(path) == expected)
    }

    @Test(arguments: ["", "/", "[abc", "a/[x"])
    func malformedPatternsAreUsageErrors(_ pattern: String) {
        #expect(throws: SuntoError.self) { try GlobPattern(pattern) }
    }
}
