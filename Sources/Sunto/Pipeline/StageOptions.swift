import Yams

/// The options of one stage as written in a pipeline file, with their line numbers.
///
/// A stage reads the keys it knows through the typed accessors; ``finish()`` then rejects any key
/// the stage did not read, so a typo in a pipeline file is an error with file:line, not a silently
/// ignored setting.
public struct StageOptions: Sendable {
    /// The stage the options belong to.
    public let stage: String
    /// The pipeline file, for messages.
    public let file: String
    /// The line of the stage's entry in the file.
    public let line: Int
    private var values: [String: (node: OptionValue, line: Int)]
    private var read: Set<String> = []

    /// Creates options from a YAML mapping node (or none, for a stage written without options).
    init(stage: String, file: String, line: Int, mapping: Node.Mapping?) throws(SuntoError) {
        self.stage = stage
        self.file = file
        self.line = line
        var values: [String: (node: OptionValue, line: Int)] = [:]
        // No empty `Node.Mapping` is made for a stage without options: its implicit tag would
        // set up Yams' default resolver, regular expressions and all.
        for (key, value) in mapping.map({ Array($0).map { ($0.key, $0.value) } }) ?? [] {
            guard let name = key.string else {
                throw .pipeline(file: file, line: (key.mark?.line ?? line), message: "option names must be text")
            }
            values[name] = (OptionValue(value), key.mark?.line ?? line)
        }
        self.values = values
    }

    /// Creates options from values already read, each with its key and line (the built-in
    /// pipelines, written out as Swift by scripts/embed-pipelines).
    init(stage: String, file: String, line: Int, values: [(key: String, value: OptionValue, line: Int)]) {
        self.stage = stage
        self.file = file
        self.line = line
        var table: [String: (node: OptionValue, line: Int)] = [:]
        for (key, value, line) in values { table[key] = (value, line) }
        self.values = table
    }

    /// The values with their keys and lines, in file order.
    var listed: [(key: String, value: OptionValue, line: Int)] {
        values.map { (key: $0.key, value: $0.value.node, line: $0.value.line) }.sorted { ($0.line, $0.key) < ($1.line, $1.key) }
    }

    /// Options with no entries, for building a stage in code.
    public static func empty(stage: String) -> StageOptions {
        // An empty mapping cannot fail to parse.
        (try? StageOptions(stage: stage, file: "<code>", line: 0, mapping: nil))!
    }

    private func error(_ key: String, _ message: String) -> SuntoError {
        .pipeline(file: file, line: values[key]?.line ?? line, message: "stage '\(stage)', option '\(key)': \(message)")
    }

    /// Reads a string option.
    public mutating func string(_ key: String, default value: String) throws(SuntoError) -> String {
        read.insert(key)
        guard let entry = values[key] else { return value }
        guard let string = entry.node.string else { throw error(key, "expected text") }
        return string
    }

    /// Reads a string option that must be one of `allowed`.
    public mutating func choice(_ key: String, of allowed: [String], default value: String) throws(SuntoError) -> String {
        let chosen = try string(key, default: value)
        guard allowed.contains(chosen) else {
            throw error(key, "'\(chosen)' is not one of \(allowed.joined(separator: ", "))")
        }
        return chosen
    }

    /// Reads an integer option within `range`.
    public mutating func int(_ key: String, default value: Int, in range: ClosedRange<Int>) throws(SuntoError) -> Int {
        read.insert(key)
        guard let entry = values[key] else { return value }
        guard let int = entry.node.int else { throw error(key, "expected a whole number") }
        guard range.contains(int) else { throw error(key, "\(int) is outside \(range.lowerBound)…\(range.upperBound)") }
        return int
    }

    /// Reads an optional integer option within `range`.
    public mutating func optionalInt(_ key: String, in range: ClosedRange<Int>) throws(SuntoError) -> Int? {
        guard values[key] != nil else {
            read.insert(key)
            return nil
        }
        return try int(key, default: range.lowerBound, in: range)
    }

    /// Reads a number option within `range`.
    public mutating func double(_ key: String, default value: Double, in range: ClosedRange<Double>) throws(SuntoError) -> Double {
        read.insert(key)
        guard let entry = values[key] else { return value }
        guard let double = entry.node.float else { throw error(key, "expected a number") }
        guard range.contains(double) else { throw error(key, "\(double) is outside \(range.lowerBound)…\(range.upperBound)") }
        return double
    }

    /// Reads a boolean option.
    public mutating func bool(_ key: String, default value: Bool) throws(SuntoError) -> Bool {
        read.insert(key)
        guard let entry = values[key] else { return value }
        guard let bool = entry.node.bool else { throw error(key, "expected true or false") }
        return bool
    }

    /// Reads a list of strings, each of which must be in `allowed` when `allowed` is given.
    public mutating func strings(_ key: String, default value: [String], allowed: [String]? = nil) throws(SuntoError) -> [String] {
        read.insert(key)
        guard let entry = values[key] else { return value }
        guard let sequence = entry.node.sequence else { throw error(key, "expected a list") }
        var result: [String] = []
        for item in sequence {
            guard let string = item.string else { throw error(key, "expected a list of text") }
            if let allowed, !allowed.contains(string) {
                throw error(key, "'\(string)' is not one of \(allowed.joined(separator: ", "))")
            }
            result.append(string)
        }
        return result
    }

    /// Reads a mapping of names to numbers (e.g. scorer weights), names limited to `allowed`.
    public mutating func weights(_ key: String, default value: [String: Double], allowed: [String]) throws(SuntoError) -> [String: Double] {
        read.insert(key)
        guard let entry = values[key] else { return value }
        guard let mapping = entry.node.mapping else { throw error(key, "expected name: weight pairs") }
        var result: [String: Double] = [:]
        for (name, weight) in mapping {
            guard let name = name.string, allowed.contains(name) else {
                throw error(key, "'\(name.string ?? "?")' is not one of \(allowed.joined(separator: ", "))")
            }
            guard let number = weight.float, number >= 0 else { throw error(key, "weight of '\(name)' must be a number ≥ 0") }
            result[name] = number
        }
        return result
    }

    /// Fails on the first key the stage did not read.
    public func finish() throws(SuntoError) {
        let unknown = values.keys.filter { !read.contains($0) }.sorted { (values[$0]?.line ?? 0) < (values[$1]?.line ?? 0) }
        if let key = unknown.first {
            throw error(key, "unknown option; this stage takes \(read.sorted().joined(separator: ", "))")
        }
    }
}
