import ArgumentParser
import Dispatch

/// Runs an asynchronous command to its end from synchronous code.
enum AsyncRun {
    /// Runs `command` on the concurrency pool and blocks the calling thread until it finishes.
    /// The task is detached so that it never waits for the actor of the blocked caller.
    ///
    /// - Throws: whatever the command throws.
    static func wait(for command: sending any AsyncParsableCommand) throws {
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            var command = command
            do {
                try await command.run()
            } catch {
                outcome.error = error
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw error }
    }

    /// The command's error, written by its task before the semaphore is signalled and read
    /// after it is waited for, so never by two threads at once.
    private final class Outcome: @unchecked Sendable {
        var error: (any Error)?
    }
}
