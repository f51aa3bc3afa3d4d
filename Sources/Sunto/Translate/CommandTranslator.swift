import Foundation

/// Translation through any program that reads Italian sentences a line on standard input and
/// writes the English a line on standard output (`engine: command`, `command: [prog, args…]`).
public struct CommandTranslator: Translator {
    public let name = "command"
    /// The program and its arguments.
    public let command: [String]

    /// Creates the engine for `command` (program first, then its arguments).
    public init(command: [String]) {
        self.command = command
    }

    private var executable: String? {
        guard let program = command.first else { return nil }
        guard program.contains("/") else { return ExternalProgram.find(program) }
        return FileManager.default.isExecutableFile(atPath: program) ? program : nil
    }

    public func checkAvailable() throws(SuntoError) {
        guard let program = command.first else {
            throw .usage("engine 'command' needs the program to run: give the option `command: [program, arguments…]`")
        }
        guard executable != nil else {
            throw .engineUnavailable(engine: name, hint: "the program '\(program)' was not found on PATH or is not executable")
        }
    }

    public func translate(_ sentences: [String]) async throws(SuntoError) -> [String] {
        guard !sentences.isEmpty else { return [] }
        try checkAvailable()
        guard let executable else { return sentences }
        let input = ExternalProgram.lines(of: sentences)
        let output: String
        do {
            output = try await ExternalProgram(executable: executable, arguments: Array(command.dropFirst())).run(input: input)
        } catch {
            throw .engineFailed(engine: name, message: error.message)
        }
        guard let lines = ExternalProgram.lines(in: output, expected: sentences.count) else {
            throw .engineFailed(engine: name, message: "expected \(sentences.count) lines back, got another count")
        }
        return lines
    }
}
