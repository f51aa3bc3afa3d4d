import ArgumentParser
import Foundation
import Sunto

/// Writes errors to standard error in one format: `sunto: message`.
enum Diagnostics {
    static func report(_ error: any Error) {
        let message = (error as? SuntoError)?.description ?? "\(error)"
        FileHandle.standardError.write(Data("sunto: \(message)\n".utf8))
    }

    /// Runs `body`; a ``SuntoError`` is reported as `sunto: message` and ends the process with
    /// its documented exit code (ArgumentParser would print it raw and exit 1).
    static func guarded(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as SuntoError {
            fail(error)
        }
    }

    /// Reports the error and exits with its exit code.
    static func fail(_ error: any Error) -> Never {
        report(error)
        exit((error as? SuntoError)?.exitCode ?? 1)
    }
}

/// Standard output, written unbuffered so that output and diagnostics keep their order.
struct StandardOutput {
    mutating func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes UTF-8 bytes.
    mutating func write(utf8 bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    /// Writes `bytes` without their final line break, if they end in one.
    mutating func writeDroppingFinalNewline(utf8 bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes.last == 0x0A ? bytes.dropLast() : bytes[...]))
    }
}
