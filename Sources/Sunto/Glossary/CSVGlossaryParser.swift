/// Reads glossaries in CSV (RFC 4180): comma-separated fields, fields in double quotes may hold
/// commas, line breaks and doubled quotes; the first record is the header, as in TSV.
enum CSVGlossaryParser {
    /// The non-blank records (header first), with their 1-based starting lines.
    static func rows(in text: String, file: String) throws(SuntoError) -> [GlossaryRow] {
        try records(in: text, file: file).filter { !$0.fields.allSatisfy { $0.trimmingWhitespace().isEmpty } }
            .map { GlossaryRow(fields: $0.fields, line: $0.line) }
    }

    struct Record {
        var fields: [String]
        var line: Int
    }

    /// Splits CSV text into records, tracking the line each record starts on.
    static func records(in text: String, file: String) throws(SuntoError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var line = 1
        var recordLine = 1
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = scalars.next()
        func endRecord() {
            fields.append(field)
            records.append(Record(fields: fields, line: recordLine))
            fields = []
            field = ""
        }
        while let scalar = pending {
            pending = scalars.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = scalars.next()
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                fields.append(field)
                field = ""
                afterQuote = false
            case "\r":
                continue
            case "\n":
                endRecord()
                afterQuote = false
                line += 1
                recordLine = line
            case "\"" where field.isEmpty && !afterQuote:
                quoted = true
            default:
                if afterQuote {
                    throw .glossary(file: file, line: line, message: "text after a closing quote; a quote inside a quoted field is written \"\"")
                }
                field.unicodeScalars.append(scalar)
            }
        }
        if quoted { throw .glossary(file: file, line: recordLine, message: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
