import ArgumentParser
import Sunto

/// The `--format` values of a command that writes several formats at once: comma-separated
/// (`--format md,json`), repeated (`--format md --format html`), or both.
enum FormatList {
    /// The formats in the order given, each once; `md` when none is given.
    ///
    /// - Throws: `ValidationError` naming an unknown format and the known ones.
    static func parse(_ values: [String]) throws -> [OutputFormat] {
        var formats: [OutputFormat] = []
        for value in values {
            for part in value.split(separator: ",") {
                let name = part.trimmingCharacters(in: .whitespaces).lowercased()
                guard let format = OutputFormat(rawValue: name) else {
                    let known = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
                    throw ValidationError("unknown format '\(name)' in --format; use \(known), or several separated by commas")
                }
                if !formats.contains(format) { formats.append(format) }
            }
        }
        return formats.isEmpty ? [.md] : formats
    }
}
