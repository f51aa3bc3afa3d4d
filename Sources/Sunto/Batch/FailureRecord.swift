/// One input a batch could not brief, as a line of `failures.jsonl`.
///
/// ```json
/// {"path":"politica/a07.txt","kind":"bad-input","exit_code":65,"error":"undecodable","reason":"not readable text: …"}
/// ```
/// `path` is relative to the input folder; `kind` and `exit_code` are the class of the failure
/// in the exit-code contract (`bad-input` 65, `unreadable` 66, `cannot-write` 73, `usage` 64,
/// `failed` 1); `error` names the error precisely; `reason` is the message, without the path.
public struct FailureRecord: Sendable, Equatable {
    /// The input, relative to the input folder.
    public var path: String
    /// The error.
    public var error: SuntoError

    /// Creates a record.
    public init(path: String, error: SuntoError) {
        self.path = path
        self.error = error
    }

    /// The class of the failure, named after its exit code.
    public var kind: String {
        switch error.exitCode {
        case 65: "bad-input"
        case 66: "unreadable"
        case 73: "cannot-write"
        case 64: "usage"
        default: "failed"
        }
    }

    /// A stable name for the error case.
    public var errorName: String {
        switch error {
        case .inputMissing: "input-missing"
        case .unreadable: "unreadable"
        case .emptyInput: "empty"
        case .noArticle: "no-article"
        case .undecodable: "undecodable"
        case .tooLarge: "too-large"
        case .pipeline: "pipeline"
        case .glossary: "glossary"
        case .invalidOption: "invalid-option"
        case .engineUnavailable: "engine-unavailable"
        case .engineFailed: "engine-failed"
        case .stageFailed: "stage-failed"
        case .cannotWrite: "cannot-write"
        case .usage: "usage"
        }
    }

    /// The message without the leading `path: ` that ``SuntoError`` descriptions carry (an
    /// error about another path, such as an output that cannot be written, keeps it).
    public var reason: String {
        let message = error.description
        return message.hasPrefix(path + ": ") ? String(message.dropFirst(path.count + 2)) : message
    }

    /// The record as one line of JSON, with its newline.
    public var jsonLine: String {
        var json = JSONWriter(pretty: false)
        json.object { json in
            json.field("path", path)
            json.field("kind", kind)
            json.field("exit_code", Int(error.exitCode))
            json.field("error", errorName)
            json.field("reason", reason)
        }
        return json.line
    }
}
