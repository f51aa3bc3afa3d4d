import Foundation
import Testing

/// A `sunto` process started for a test that must act on it while it runs (signals), or run it
/// through another program; output goes to files, so a chatty process never blocks on a pipe.
final class CommandLaunch {
    private let process = Process()
    private let folder: TemporaryFolder

    /// Starts `executable` (by default the built `sunto`) with `arguments` from the package root.
    init(_ arguments: [String], executable: String? = nil, environment: [String: String] = [:]) throws {
        folder = try TemporaryFolder()
        let path = try executable ?? #require(CommandRunner.executable, "the sunto executable is built by `swift build`").path
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = CommandRunner.root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        try folder.write("stdout", [])
        try folder.write("stderr", [])
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: folder("stdout")))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: folder("stderr")))
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
        folder.remove()
    }

    var identifier: Int32 { process.processIdentifier }
    var isRunning: Bool { process.isRunning }

    /// Waits for the end and returns what the process wrote.
    func wait() -> CommandRunner.Output {
        process.waitUntilExit()
        return CommandRunner.Output(
            status: process.terminationStatus,
            stdout: (try? folder.text("stdout")) ?? "",
            stderr: (try? folder.text("stderr")) ?? ""
        )
    }
}

/// Runs `sunto` as the unprivileged user `nobody`, so that tests run as root can still check
/// how file permissions are honoured.
enum UnprivilegedRun {
    static let prefix = ["--reuid=65534", "--regid=65534", "--clear-groups"]

    /// Opens the test folder to `nobody` and copies the binary where it can run it (the build
    /// folder may sit under a home folder closed to others).
    ///
    /// - Returns: whether `setpriv` can run the copied binary as `nobody`.
    static func prepare(_ folder: TemporaryFolder) throws -> Bool {
        for path in [folder.path, folder("in"), folder("out")] {
            try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: path)
        }
        let binary = folder("bin/sunto")
        try FileManager.default.createDirectory(atPath: folder("bin"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: try #require(CommandRunner.executable).path, toPath: binary)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder("bin"))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: binary)
        return try CommandLaunch(prefix + [binary, "--version"], executable: "/usr/bin/setpriv").wait().status == 0
    }

    /// Runs `arguments` (the binary first) as `nobody`.
    static func run(_ arguments: [String]) throws -> CommandRunner.Output {
        try CommandLaunch(arguments, executable: "/usr/bin/setpriv").wait()
    }
}
