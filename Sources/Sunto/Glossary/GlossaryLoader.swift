import Foundation

/// Loads glossary files by format: `.tsv` (and `.txt`), `.csv`, `.tbx`/`.xml`.
public enum GlossaryLoader {
    /// Loads one glossary file.
    ///
    /// - Parameters:
    ///   - path: the file.
    ///   - priority: higher wins over lower on the same term.
    ///   - limits: the largest file and the most entries accepted.
    /// - Throws: ``SuntoError/glossary(file:line:message:)`` naming the file and line, also when
    ///   the file is over a limit (before reading it, for its size).
    public static func load(_ path: String, priority: Int = 0, limits: GlossaryLimits = GlossaryLimits()) throws(SuntoError) -> Glossary {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(path, maxBytes: limits.maxBytes)
        } catch .tooLarge(_, let size, _) {
            throw tooLarge(size, path: path, limits: limits)
        } catch {
            throw .glossary(file: path, line: 0, message: "\(error)".replacing("\(path): ", with: ""))
        }
        return try parse(bytes, path: path, priority: priority, limits: limits)
    }

    /// Parses glossary bytes; the format comes from the path's extension.
    ///
    /// - Throws: ``SuntoError/glossary(file:line:message:)`` for a malformed file, or one over
    ///   `limits`.
    public static func parse(
        _ bytes: [UInt8], path: String, priority: Int = 0, limits: GlossaryLimits = GlossaryLimits()
    ) throws(SuntoError) -> Glossary {
        guard bytes.count <= limits.maxBytes else { throw tooLarge(bytes.count, path: path, limits: limits) }
        let name = URL(fileURLWithPath: path).lastPathComponent
        let format = URL(fileURLWithPath: path).pathExtension.lowercased()
        let entries: [GlossaryEntry]
        switch format {
        case "tbx", "xml":
            entries = try TBXGlossaryParser.parse(bytes, name: name, file: path)
        case "csv", "tsv", "txt", "":
            let rows = try rows(of: bytes, path: path)
            entries = try GlossaryColumns.entries(from: rows, glossary: name, file: path) { error throws(SuntoError) in throw error }
        default:
            throw .glossary(file: path, line: 0, message: "unknown glossary format '.\(format)'; use .tsv, .csv or .tbx")
        }
        guard entries.count <= limits.maxEntries else {
            throw .glossary(
                file: path, line: 0,
                message: "\(entries.count) entries is over the limit of \(limits.maxEntries); "
                    + "split the glossary or raise the glossary stage's max-entries")
        }
        return Glossary(name: name, path: path, priority: priority, entries: entries)
    }

    private static func tooLarge(_ size: Int, path: String, limits: GlossaryLimits) -> SuntoError {
        .glossary(
            file: path, line: 0,
            message: "\(size) bytes is over the limit of \(limits.maxBytes) bytes for a glossary; "
                + "split the glossary or raise the glossary stage's max-file-bytes")
    }

    /// Decodes a tabular glossary's bytes as UTF-8 (a BOM is allowed).
    static func text(of bytes: [UInt8], path: String) throws(SuntoError) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            let line = (body.firstIndex { $0 >= 0x80 }).map { index in body[..<index].filter { $0 == 0x0A }.count + 1 } ?? 0
            throw .glossary(file: path, line: line, message: "not UTF-8 text; save the glossary as UTF-8")
        }
        return text
    }

    /// The rows of a tabular glossary file.
    static func rows(of bytes: [UInt8], path: String) throws(SuntoError) -> [GlossaryRow] {
        let text = try text(of: bytes, path: path)
        return URL(fileURLWithPath: path).pathExtension.lowercased() == "csv"
            ? try CSVGlossaryParser.rows(in: text, file: path) : TSVGlossaryParser.rows(in: text)
    }
}
