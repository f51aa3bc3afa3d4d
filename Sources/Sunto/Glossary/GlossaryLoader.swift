import Foundation

/// Loads glossary files by format: `.tsv` (and `.txt`), `.csv`, `.tbx`/`.xml`.
public enum GlossaryLoader {
    /// Loads one glossary file.
    ///
    /// - Parameters:
    ///   - path: the file.
    ///   - priority: higher wins over lower on the same term.
    /// - Throws: ``SuntoError/glossary(file:line:message:)`` naming the file and line.
    public static func load(_ path: String, priority: Int = 0) throws(SuntoError) -> Glossary {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(path)
        } catch {
            throw .glossary(file: path, line: 0, message: "\(error)".replacing("\(path): ", with: ""))
        }
        return try parse(bytes, path: path, priority: priority)
    }

    /// Parses glossary bytes; the format comes from the path's extension.
    public static func parse(_ bytes: [UInt8], path: String, priority: Int = 0) throws(SuntoError) -> Glossary {
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
        return Glossary(name: name, path: path, priority: priority, entries: entries)
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
