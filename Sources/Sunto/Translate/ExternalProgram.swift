import Foundation

/// Runs an external program with text on standard input and returns its standard output.
///
/// Standard output and error are drained while input is written, so a program that writes a
/// lot before reading everything cannot deadlock against us.
struct ExternalProgram: Sendable {
    /// The executable's absolute path.
    var executable: String
    /// Its arguments.
    var arguments: [String]

    /// Finds `name` on the `PATH`, or returns `nil`.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs the program, feeding `input`.
    ///
    /// - Returns: standard output as UTF-8 text.
    /// - Throws: a message with the exit status and standard error when the program fails.
    func run(input: String) async throws(ExternalProgramError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw ExternalProgramError(message: "cannot start \(executable): \(error.localizedDescription)")
        }
        async let output = Self.readAll(stdout.fileHandleForReading)
        async let errors = Self.readAll(stderr.fileHandleForReading)
        let writer = stdin.fileHandleForWriting
        writer.write(Data(input.utf8))
        try? writer.close()
        let (out, err) = await (output, errors)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let detail = String(decoding: err, as: UTF8.self).trimmingWhitespace()
            throw ExternalProgramError(message: "\(URL(fileURLWithPath: executable).lastPathComponent) exited with status \(process.terminationStatus)\(detail.isEmpty ? "" : ": \(detail)")")
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func readAll(_ handle: FileHandle) async -> Data {
        await Task.detached { handle.readDataToEndOfFile() }.value
    }
}

extension ExternalProgram {
    /// Sentences as the input of a line-oriented translator: one a line, inner line breaks
    /// turned into spaces so the lines stay aligned.
    static func lines(of sentences: [String]) -> String {
        sentences.map { $0.replacing("\n", with: " ") }.joined(separator: "\n") + "\n"
    }

    /// A translator's output split into `expected` lines (trailing empty lines dropped), or
    /// `nil` when the count differs.
    static func lines(in output: String, expected: Int) -> [String]? {
        var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        while lines.count > expected, lines.last?.isEmpty == true { lines.removeLast() }
        return lines.count == expected ? lines : nil
    }
}

/// An external program failed to start or exited with an error.
struct ExternalProgramError: Error, Sendable {
    var message: String
}
