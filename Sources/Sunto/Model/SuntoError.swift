/// Everything that can go wrong while making a brief, with a message a user can act on.
///
/// Each case maps to one of the exit codes of the command-line contract (see ``exitCode``).
public enum SuntoError: Error, Sendable, Equatable {
    /// The input file does not exist.
    case inputMissing(path: String)
    /// The input exists but cannot be read (permissions, a directory, an I/O error).
    case unreadable(path: String, reason: String)
    /// The input holds no text to summarize.
    case emptyInput(path: String)
    /// The page has visible text, but all of it is navigation and boilerplate: no article.
    /// `characters` counts the visible text that was left out.
    case noArticle(path: String, characters: Int)
    /// The bytes are not text in any encoding sunto recognises.
    case undecodable(path: String, reason: String)
    /// The input is larger than the configured limit.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// A pipeline file is malformed; `line` is 1-based, 0 when unknown.
    case pipeline(file: String, line: Int, message: String)
    /// A glossary file is malformed; `line` is 1-based, 0 when unknown.
    case glossary(file: String, line: Int, message: String)
    /// A stage option has a value the stage cannot use.
    case invalidOption(stage: String, key: String, message: String)
    /// The translation engine cannot run on this machine.
    case engineUnavailable(engine: String, hint: String)
    /// The translation engine ran but failed.
    case engineFailed(engine: String, message: String)
    /// A stage failed for a reason of its own (a defect, not bad input).
    case stageFailed(stage: String, message: String)
    /// An output file cannot be written.
    case cannotWrite(path: String, reason: String)
    /// The command line is inconsistent.
    case usage(String)

    /// The process exit code for this error: 64 usage (including an engine that is not installed),
    /// 65 bad input data, 66 input missing, 73 cannot write, 1 when the engine failed at run time.
    public var exitCode: Int32 {
        switch self {
        case .usage, .pipeline, .invalidOption, .engineUnavailable: 64
        case .emptyInput, .noArticle, .undecodable, .tooLarge, .glossary: 65
        case .inputMissing, .unreadable: 66
        case .engineFailed, .stageFailed: 1
        case .cannotWrite: 73
        }
    }
}

extension SuntoError: CustomStringConvertible {
    /// The message shown to the user.
    public var description: String {
        switch self {
        case .inputMissing(let path):
            "\(path): no such file"
        case .unreadable(let path, let reason):
            "\(path): cannot read: \(reason)"
        case .emptyInput(let path):
            "\(path): the input holds no text"
        case .noArticle(let path, let characters):
            "\(path): no article found (the page has \(characters) characters of text, all in navigation/boilerplate)"
        case .undecodable(let path, let reason):
            "\(path): not readable text: \(reason); save it as UTF-8 and try again"
        case .tooLarge(let path, let bytes, let limit):
            "\(path): \(bytes) bytes is over the limit of \(limit) bytes (raise it with --max-bytes)"
        case .pipeline(let file, let line, let message):
            line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
        case .glossary(let file, let line, let message):
            line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
        case .invalidOption(let stage, let key, let message):
            "stage '\(stage)', option '\(key)': \(message)"
        case .engineUnavailable(let engine, let hint):
            "translation engine '\(engine)' is not available: \(hint)"
        case .engineFailed(let engine, let message):
            "translation engine '\(engine)' failed: \(message)"
        case .stageFailed(let stage, let message):
            "stage '\(stage)' failed: \(message)"
        case .cannotWrite(let path, let reason):
            "\(path): cannot write: \(reason)"
        case .usage(let message):
            message
        }
    }
}
