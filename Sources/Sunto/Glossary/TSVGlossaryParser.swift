/// Reads the TSV glossary format (the primary one; see glossaries/README.md): a header row naming
/// the columns, then one term a line, fields separated by tabs, `#` comment lines and blank
/// lines ignored.
enum TSVGlossaryParser {
    /// The data rows (header first), with their 1-based line numbers. Works on the UTF-8 bytes:
    /// tab, newline, carriage return and `#` are ASCII, so no byte of a multi-byte character can
    /// be taken for one, and the built-in glossaries are read at every start.
    static func rows(in text: String) -> [GlossaryRow] {
        var rows: [GlossaryRow] = []
        var utf8 = text
        utf8.withUTF8 { bytes in
            for (offset, rawLine) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
                let line = rawLine.last == 0x0D ? rawLine.dropLast() : rawLine
                guard line.contains(where: { !isBlank($0) }), line.first != UInt8(ascii: "#") else { continue }
                let fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
                rows.append(GlossaryRow(fields: fields, line: offset + 1))
            }
        }
        return rows
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C || byte == 0x0D
    }

    /// Writes entries as TSV with every column.
    static func write(_ entries: [GlossaryEntry]) -> String {
        var lines = [GlossaryColumns.known.joined(separator: "\t")]
        for entry in entries {
            let fields = [
                entry.it, entry.en, entry.variants.joined(separator: "|"), entry.enPlural ?? "", entry.partOfSpeech,
                entry.casePolicy.rawValue, entry.domain, entry.note,
            ]
            lines.append(fields.map { $0.replacing("\t", with: " ").replacing("\n", with: " ") }.joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// One record of a tabular glossary.
struct GlossaryRow: Sendable {
    var fields: [String]
    var line: Int
}

extension GlossaryColumns {
    /// Turns rows (header first) into entries; `onError` decides whether a bad row stops the
    /// parse (loading) or is collected and skipped (linting).
    static func entries(
        from rows: [GlossaryRow], glossary: String, file: String,
        onError: (SuntoError) throws(SuntoError) -> Void
    ) throws(SuntoError) -> [GlossaryEntry] {
        guard let header = rows.first else {
            throw .glossary(file: file, line: 0, message: "no header row (it<TAB>en…)")
        }
        let columns = try GlossaryColumns(header: header.fields, file: file, line: header.line)
        var entries: [GlossaryEntry] = []
        for row in rows.dropFirst() {
            do {
                entries.append(try columns.entry(row.fields, glossary: glossary, file: file, line: row.line))
            } catch {
                try onError(error)
            }
        }
        return entries
    }
}
