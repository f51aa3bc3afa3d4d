import Foundation

/// One input record of `sunto stage`: a line of JSON naming an article and giving it as text,
/// as HTML, or as the raw bytes of its file.
///
/// ```json
/// {"id": "a01", "text": "Il governo ha approvato…"}
/// {"id": 7, "html": "<!doctype html><html>…", "lang": "it"}
/// {"id": "politica/a02.html.gz", "bytes": "H4sIAAAAAAAA…"}
/// ```
/// `id` (a string or an integer, optional) comes back on the output record. `text` is an
/// article as plain text and `html` a web page; `bytes` is a file's content in base64, read as
/// `sunto batch` reads a file — gzip inflated, HTML told from text by the id's extension and by
/// content, the encoding detected — so a cluster job gives the same briefs as a batch. `lang`
/// (`"it"`, `"en"`, `"it,en"` or a list) narrows the briefs written, within the command's
/// `--lang`. Other keys are ignored.
public struct StageRecord: Sendable {
    /// A record's id, echoed as given.
    public enum ID: Sendable, Equatable {
        case string(String)
        case integer(Int)
        case none

        /// The id as JSON.
        var json: String {
            var json = JSONWriter(pretty: false)
            write(into: &json)
            return json.output
        }

        /// Writes the id as a JSON value.
        func write(into json: inout JSONWriter) {
            switch self {
            case .string(let text): json.string(text)
            case .integer(let number): json.int(number)
            case .none: json.string(nil)
            }
        }
    }

    /// The id.
    public var id: ID
    /// The article, ready for the pipeline.
    public var document: Document
    /// The briefs asked for, `nil` for the command's own.
    public var languages: Set<BriefLanguage>?

    /// Parses one line (1-based `number`, for messages).
    ///
    /// - Returns: the record, or the id that could be read (``ID/none`` when none) with the
    ///   reason the record cannot be briefed.
    public static func parse(_ line: [UInt8], number: Int, maxBytes: Int) -> Result<StageRecord, StageRecordError> {
        let name = "line \(number)"
        guard line.contains(where: { $0 > 0x20 }) else { return .failure(StageRecordError(id: .none, error: .emptyInput(path: name))) }
        let raw: RawRecord
        do {
            raw = try JSONDecoder().decode(RawRecord.self, from: Data(line))
        } catch let error as RawRecord.Problem {
            return .failure(StageRecordError(id: error.id, error: .undecodable(path: name, reason: error.message)))
        } catch {
            let reason = "not a JSON object; each line must be one record such as {\"id\": \"a1\", \"text\": \"…\"}"
            return .failure(StageRecordError(id: .none, error: .undecodable(path: name, reason: reason)))
        }
        let path = switch raw.id {
        case .string(let text): text
        case .integer(let number): String(number)
        case .none: name
        }
        do throws(SuntoError) {
            let languages = try raw.lang.map { text throws(SuntoError) in try Self.parseLanguages(text, path: path) }
            let document = try Self.document(raw, path: path, maxBytes: maxBytes)
            return .success(StageRecord(id: raw.id, document: document, languages: languages))
        } catch {
            return .failure(StageRecordError(id: raw.id, error: error))
        }
    }

    private static func document(_ raw: RawRecord, path: String, maxBytes: Int) throws(SuntoError) -> Document {
        switch (raw.text, raw.html, raw.bytes) {
        case (let text?, nil, nil): Document(source: SourceInfo(path: path, format: .text), bytes: Array(text.utf8))
        case (nil, let html?, nil): Document(source: SourceInfo(path: path, format: .html), bytes: Array(html.utf8))
        case (nil, nil, let bytes?): try fileDocument(base64: bytes, path: path, maxBytes: maxBytes)
        case (nil, nil, nil): throw .undecodable(path: path, reason: "the record has no \"text\", \"html\" or \"bytes\"")
        default: throw .undecodable(path: path, reason: "the record has more than one of \"text\", \"html\" and \"bytes\"")
        }
    }

    /// A file's bytes, read as the batch reads a file named `path`.
    private static func fileDocument(base64: String, path: String, maxBytes: Int) throws(SuntoError) -> Document {
        guard let data = Data(base64Encoded: base64) else { throw .undecodable(path: path, reason: "\"bytes\" is not valid base64") }
        var bytes = [UInt8](data)
        var lookup = path
        if GzipReader.isGzip(bytes) {
            bytes = try GzipReader(maxBytes: maxBytes).inflate(bytes, path: path)
            if lookup.lowercased().hasSuffix(".gz") { lookup.removeLast(3) }
        }
        let format: SourceInfo.Format = HTMLDetector.isHTML(path: lookup, bytes: bytes) ? .html : .text
        return Document(source: SourceInfo(path: path, format: format), bytes: bytes)
    }

    private static func parseLanguages(_ text: String, path: String) throws(SuntoError) -> Set<BriefLanguage> {
        do {
            return try BriefLanguage.parseList(text)
        } catch {
            throw .undecodable(path: path, reason: "\"lang\": \(error)")
        }
    }
}

/// Why a stage-mode record could not be briefed, with the id it carried.
public struct StageRecordError: Error, Sendable, Equatable {
    /// The record's id, ``StageRecord/ID/none`` when it could not be read.
    public var id: StageRecord.ID
    /// What went wrong.
    public var error: SuntoError
}
