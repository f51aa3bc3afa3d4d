import Yams

/// A pipeline as declared in a YAML file: the ordered stages and their options.
///
/// ```yaml
/// name: default
/// stages:
///   - decode
///   - normalize:
///       quotes: guillemets
///   - summarize:
///       sentences: 3
/// ```
/// Unknown top-level keys, unknown stages and unknown options are errors with file:line.
public struct PipelineSpec: Sendable {
    /// One stage entry of the file.
    public struct Entry: Sendable {
        /// The stage name.
        public var name: String
        /// The stage's options, with their line numbers.
        public var options: StageOptions
    }

    /// The pipeline's name.
    public var name: String
    /// A one-line description.
    public var description: String
    /// The file it was read from, for messages.
    public var file: String
    /// The stages in order.
    public var entries: [Entry]

    /// Parses a pipeline from YAML text.
    ///
    /// - Parameters:
    ///   - yaml: the file content.
    ///   - file: the file name used in error messages.
    /// - Throws: ``SuntoError/pipeline(file:line:message:)`` for malformed YAML, unknown keys or
    ///   unknown stages.
    public static func parse(yaml: String, file: String) throws(SuntoError) -> PipelineSpec {
        try parse(yaml: yaml, file: file, resolver: .default)
    }

    /// Parses with a given tag resolver: the built-in pipelines use Yams' basic one, which skips
    /// the regular expressions that guess each scalar's type (their compilation is most of the
    /// parse); option values are read from the scalar's text either way, and the built-in files
    /// use no merge keys (`<<`), the one thing the basic resolver does not know.
    static func parse(yaml: String, file: String, resolver: Resolver) throws(SuntoError) -> PipelineSpec {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, resolver)
        } catch let error as YamlError {
            throw .pipeline(file: file, line: Self.line(of: error), message: "not valid YAML: \(Self.summary(of: error))")
        } catch {
            throw .pipeline(file: file, line: 0, message: "not valid YAML: \(error)")
        }
        if let root, !Self.hasAtMost(Self.maxValues, valuesIn: root) {
            throw .pipeline(file: file, line: 1, message: "more than \(Self.maxValues) values once aliases are expanded; write the options out")
        }
        guard let root, let mapping = root.mapping else {
            throw .pipeline(file: file, line: root?.mark?.line ?? 1, message: "expected a mapping with 'stages:'")
        }
        var spec = PipelineSpec(name: "", description: "", file: file, entries: [])
        var sawStages = false
        for (key, value) in mapping {
            let line = key.mark?.line ?? 0
            switch key.string {
            case "name":
                spec.name = value.string ?? ""
            case "description":
                spec.description = value.string ?? ""
            case "stages":
                sawStages = true
                spec.entries = try entries(of: value, file: file)
            default:
                throw .pipeline(file: file, line: line, message: "unknown key '\(key.string ?? "?")'; expected name, description, stages")
            }
        }
        guard sawStages else { throw .pipeline(file: file, line: 1, message: "missing 'stages:' list") }
        return spec
    }

    /// The most values (scalars, lists, mappings) a pipeline file may hold with its aliases
    /// expanded: far beyond any real pipeline, and a stop for "billion laughs" aliases of aliases.
    static let maxValues = 100_000

    /// Whether `root` holds at most `limit` nodes, counting each alias use anew; stops counting
    /// past the limit, so an exponential tree costs at most `limit` steps.
    private static func hasAtMost(_ limit: Int, valuesIn root: Node) -> Bool {
        var pending = [root]
        var count = 0
        while let node = pending.popLast() {
            count += 1
            guard count <= limit else { return false }
            switch node {
            case .sequence(let sequence): pending += sequence
            case .mapping(let mapping): for (key, value) in mapping { pending += [key, value] }
            case .scalar, .alias: break
            }
        }
        return true
    }

    private static func entries(of node: Node, file: String) throws(SuntoError) -> [Entry] {
        guard let sequence = node.sequence else {
            throw .pipeline(file: file, line: node.mark?.line ?? 0, message: "'stages' must be a list")
        }
        var entries: [Entry] = []
        for item in sequence {
            let line = item.mark?.line ?? 0
            if let name = item.string {
                guard item.null == nil, !name.isEmpty else {
                    throw .pipeline(file: file, line: line, message: "empty stage entry; each stage is a name, or a name with a mapping of options")
                }
                entries.append(Entry(name: name, options: try StageOptions(stage: name, file: file, line: line, mapping: nil)))
                continue
            }
            guard let mapping = item.mapping, mapping.count == 1, let (key, value) = mapping.first, let name = key.string, !name.isEmpty else {
                throw .pipeline(file: file, line: line, message: "each stage is a name, or a name with a mapping of options")
            }
            if case .scalar = value, value.null != nil {
                entries.append(Entry(name: name, options: try StageOptions(stage: name, file: file, line: line, mapping: nil)))
                continue
            }
            guard let options = value.mapping else {
                throw .pipeline(file: file, line: value.mark?.line ?? line, message: "options of stage '\(name)' must be a mapping")
            }
            entries.append(Entry(name: name, options: try StageOptions(stage: name, file: file, line: line, mapping: options)))
        }
        return entries
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            mark.line
        default:
            0
        }
    }

    private static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            problem
        default:
            "\(error)"
        }
    }

    /// A path named in the pipeline file: relative paths are taken from the file's folder
    /// (built-in pipelines: the current folder).
    func resolve(_ path: String) -> String {
        guard !path.hasPrefix("/"), !file.hasPrefix("pipelines/"), let slash = file.lastIndex(of: "/") else { return path }
        return String(file[...slash]) + path
    }
}
