/// A shell-style pattern over paths relative to the input folder, for `--include`/`--exclude`.
///
/// `*` matches any run of characters within one path component, `?` one character, `[abc]`,
/// `[a-z]` and `[!abc]` one character of (or not of) a set, `\` escapes the next character, and a
/// component that is exactly `**` matches any number of components, none included. As in
/// `.gitignore`, a pattern without `/` is matched against the file or folder name at any depth
/// (`*.html`, `bozze`); a pattern with `/` is matched against the whole relative path
/// (`2024/**/*.txt`, `archivio/*`).
public struct GlobPattern: Sendable, Equatable, CustomStringConvertible {
    /// The pattern as written.
    public let description: String
    private let components: [[Unicode.Scalar]]
    private let matchesNameOnly: Bool

    /// Parses a pattern.
    ///
    /// - Throws: ``SuntoError/usage(_:)`` for an empty pattern or an unclosed `[`.
    public init(_ pattern: String) throws(SuntoError) {
        var trimmed = pattern
        while trimmed.hasPrefix("./") { trimmed.removeFirst(2) }
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard !trimmed.isEmpty else { throw .usage("empty pattern '\(pattern)' in --include/--exclude") }
        description = pattern
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.unicodeScalars) }
        for part in parts where !Self.bracketsAreClosed(part) {
            throw .usage("pattern '\(pattern)' has a '[' that is never closed; write '\\[' for a literal bracket")
        }
        components = parts
        matchesNameOnly = !trimmed.contains("/")
    }

    /// Whether `path` (relative, `/`-separated) matches.
    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.unicodeScalars) }
        guard let name = parts.last else { return false }
        if matchesNameOnly { return Self.matches(components[0][...], name[...]) }
        return Self.matches(components[...], parts[...])
    }

    /// Component-wise matching with `**` standing for zero or more components.
    private static func matches(_ pattern: ArraySlice<[Unicode.Scalar]>, _ path: ArraySlice<[Unicode.Scalar]>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == ["*", "*"] {
            let rest = pattern.dropFirst()
            var remaining = path
            while true {
                if matches(rest, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        }
        guard let component = path.first, matches(first[...], component[...]) else { return false }
        return matches(pattern.dropFirst(), path.dropFirst())
    }

    /// Matches one component; `*` backtracks to the last star only, which is enough for globs.
    private static func matches(_ pattern: ArraySlice<Unicode.Scalar>, _ name: ArraySlice<Unicode.Scalar>) -> Bool {
        var p = pattern.startIndex
        var n = name.startIndex
        var star: (pattern: Int, name: Int)?
        while n < name.endIndex {
            if p < pattern.endIndex, pattern[p] == "*" {
                star = (p, n)
                p += 1
            } else if p < pattern.endIndex, let next = matchOne(pattern, at: p, name[n]) {
                p = next
                n += 1
            } else if let last = star {
                p = last.pattern + 1
                n = last.name + 1
                star = (last.pattern, last.name + 1)
            } else {
                return false
            }
        }
        while p < pattern.endIndex, pattern[p] == "*" { p += 1 }
        return p == pattern.endIndex
    }

    /// Matches one character at `index` of the pattern; returns the index after the pattern
    /// element, or `nil` when the character does not match.
    private static func matchOne(_ pattern: ArraySlice<Unicode.Scalar>, at index: Int, _ character: Unicode.Scalar) -> Int? {
        switch pattern[index] {
        case "?":
            return index + 1
        case "\\" where index + 1 < pattern.endIndex:
            return pattern[index + 1] == character ? index + 2 : nil
        case "[":
            return matchSet(pattern, at: index, character)
        case let literal:
            return literal == character ? index + 1 : nil
        }
    }

    private static func matchSet(_ pattern: ArraySlice<Unicode.Scalar>, at open: Int, _ character: Unicode.Scalar) -> Int? {
        var index = open + 1
        let negated = index < pattern.endIndex && (pattern[index] == "!" || pattern[index] == "^")
        if negated { index += 1 }
        var found = false
        var first = true
        while index < pattern.endIndex, pattern[index] != "]" || first {
            first = false
            var low = pattern[index]
            if low == "\\", index + 1 < pattern.endIndex {
                index += 1
                low = pattern[index]
            }
            if index + 2 < pattern.endIndex, pattern[index + 1] == "-", pattern[index + 2] != "]" {
                if (low.value...pattern[index + 2].value).contains(character.value) { found = true }
                index += 3
            } else {
                if low == character { found = true }
                index += 1
            }
        }
        return found != negated ? index + 1 : nil
    }

    private static func bracketsAreClosed(_ part: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < part.count {
            switch part[index] {
            case "\\":
                index += 2
            case "[":
                var close = index + 1
                if close < part.count, part[close] == "!" || part[close] == "^" { close += 1 }
                if close < part.count, part[close] == "]" { close += 1 }
                while close < part.count, part[close] != "]" { close += part[close] == "\\" ? 2 : 1 }
                guard close < part.count else { return false }
                index = close + 1
            default:
                index += 1
            }
        }
        return true
    }
}
