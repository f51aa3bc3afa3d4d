/// The output records of `sunto stage`, one line of JSON each.
///
/// A brief is the brief JSON of ``JSONRenderer`` on one line with the record's `id` first:
/// `{"id":"a01","version":"0.1.0","source":{…},…}`. A record that could not be briefed gives
/// `{"id":"a01","line":3,"error":{"kind":"bad-input","exit_code":65,"name":"undecodable","message":"…"}}`
/// with the same `kind`, `exit_code` and name as a batch's `failures.jsonl`.
enum StageOutput {
    /// The line of a brief, with its newline.
    static func brief(_ document: Document, id: StageRecord.ID) -> String {
        let json = JSONRenderer(pretty: false).render(document)
        return "{\"id\":" + id.json + "," + json.dropFirst() + "\n"
    }

    /// The line of a record that failed, with its newline.
    static func failure(_ error: SuntoError, id: StageRecord.ID, line: Int, path: String) -> String {
        let record = FailureRecord(path: path, error: error)
        var json = JSONWriter(pretty: false)
        json.object { json in
            json.key("id")
            id.write(into: &json)
            json.field("line", line)
            json.key("error")
            json.object { json in
                json.field("kind", record.kind)
                json.field("exit_code", Int(error.exitCode))
                json.field("name", record.errorName)
                json.field("message", record.reason)
            }
        }
        return json.line
    }
}
