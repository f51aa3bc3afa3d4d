/// Checks glossary files the way a terminologist would before publishing them: format errors,
/// duplicate terms, conflicting targets across files, variants that collide with other terms,
/// and entries that can never match because another entry with the same words takes them.
public struct GlossaryLinter: Sendable {
    /// One problem found.
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        /// How serious the problem is.
        public enum Severity: String, Sendable {
            case error
            case warning
        }

        public var file: String
        public var line: Int
        public var severity: Severity
        public var message: String

        public var description: String {
            "\(file):\(line > 0 ? "\(line):" : "") \(severity.rawValue): \(message)"
        }
    }

    /// Creates a linter.
    public init() {}

    /// Lints files read from disk; findings in file and line order.
    public func lint(paths: [String]) -> [Finding] {
        var findings: [Finding] = []
        var glossaries: [Glossary] = []
        for path in paths {
            do {
                let bytes = try InputFile.read(path)
                let (glossary, rowFindings) = parseCollecting(bytes, path: path)
                findings += rowFindings
                if let glossary { glossaries.append(glossary) }
            } catch {
                findings.append(Finding(file: path, line: 0, severity: .error, message: "\(error)".replacing("\(path): ", with: "")))
            }
        }
        return findings + crossChecks(glossaries)
    }

    /// Parses a file row by row so that every bad row is reported, not just the first.
    func parseCollecting(_ bytes: [UInt8], path: String) -> (Glossary?, [Finding]) {
        let format = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        do {
            guard !["tbx", "xml"].contains(format) else { return (try GlossaryLoader.parse(bytes, path: path), []) }
            let rows = try GlossaryLoader.rows(of: bytes, path: path)
            var findings: [Finding] = []
            let name = path.split(separator: "/").last.map(String.init) ?? path
            let entries = try GlossaryColumns.entries(from: rows, glossary: name, file: path) { error in
                findings.append(finding(error, path: path))
            }
            return (Glossary(name: name, path: path, entries: entries), findings)
        } catch {
            return (nil, [finding(error, path: path)])
        }
    }

    private func finding(_ error: SuntoError, path: String) -> Finding {
        if case .glossary(let file, let line, let message) = error {
            return Finding(file: file, line: line, severity: .error, message: message)
        }
        return Finding(file: path, line: 0, severity: .error, message: "\(error)")
    }

    /// Duplicates, conflicts, colliding variants and shadowed entries across all files.
    func crossChecks(_ glossaries: [Glossary]) -> [Finding] {
        var findings: [Finding] = []
        var seen: [String: GlossaryEntry] = [:]
        var variantsSeen: [String: GlossaryEntry] = [:]
        let entries = glossaries.flatMap(\.entries)
        let paths = Dictionary(glossaries.map { ($0.name, $0.path) }, uniquingKeysWith: { first, _ in first })
        func place(_ entry: GlossaryEntry) -> String { "\(paths[entry.glossary] ?? entry.glossary):\(entry.line)" }
        for entry in entries {
            let path = paths[entry.glossary] ?? entry.glossary
            let key = entry.it.lowercased()
            if let earlier = seen[key] {
                if earlier.en == entry.en {
                    findings.append(Finding(file: path, line: entry.line, severity: .error, message: "duplicate of '\(earlier.it)' at \(place(earlier))"))
                } else {
                    findings.append(Finding(file: path, line: entry.line, severity: .error,
                                            message: "'\(entry.it)' → '\(entry.en)' conflicts with '\(earlier.en)' at \(place(earlier))"))
                }
            } else {
                seen[key] = entry
            }
            for variant in entry.variants {
                if let other = seen[variant.lowercased()], other.it != entry.it {
                    findings.append(Finding(file: path, line: entry.line, severity: .error,
                                            message: "variant '\(variant)' is itself a term at \(place(other))"))
                }
                variantsSeen[variant.lowercased()] = entry
            }
        }
        for entry in entries {
            if let owner = variantsSeen[entry.it.lowercased()], owner.it != entry.it {
                findings.append(Finding(file: paths[entry.glossary] ?? entry.glossary, line: entry.line, severity: .error,
                                        message: "'\(entry.it)' is also listed as a variant of '\(owner.it)' at \(place(owner))"))
            }
        }
        findings += shadowed(entries, paths: paths)
        return findings
    }

    /// Entries that are inflections of an earlier entry (e.g. "accordo" and "accordi"): the
    /// matcher finds both in the same places, so only one of them can ever apply.
    private func shadowed(_ entries: [GlossaryEntry], paths: [String: String]) -> [Finding] {
        let stemmer = ItalianStemmer()
        var byKeys: [[String]: GlossaryEntry] = [:]
        var findings: [Finding] = []
        for entry in entries {
            let keys = TermToken.tokens(in: entry.it, stemmer: stemmer).map { token in
                TermToken.prepositions[token.lower] ?? String(GlossaryMatcher.inflectionStem(token.lower))
            }
            let caseKey = entry.casePolicy == .exact ? [entry.it] : []
            if let earlier = byKeys[keys + caseKey], earlier.it.lowercased() != entry.it.lowercased() {
                findings.append(Finding(file: paths[entry.glossary] ?? entry.glossary, line: entry.line, severity: .warning,
                                        message: "'\(entry.it)' is an inflection of '\(earlier.it)' (\(paths[earlier.glossary] ?? earlier.glossary):\(earlier.line)); one of them never applies"))
            } else if byKeys[keys + caseKey] == nil {
                byKeys[keys + caseKey] = entry
            }
        }
        return findings
    }
}
