import Foundation
import Sunto

/// Redraws a batch's progress line on standard error while it runs, when that is a terminal.
struct ProgressDisplay {
    private let line: ProgressLine
    private var task: Task<Void, Never>?

    /// Whether standard error is a terminal.
    static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Whether to colour: a terminal, `NO_COLOR` unset or empty, and not a dumb terminal.
    static var usesColor: Bool {
        let environment = ProcessInfo.processInfo.environment
        return isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }

    init(color: Bool) {
        line = ProgressLine(color: color)
    }

    /// Starts redrawing the line four times a second.
    mutating func start(_ tracker: BatchTracker) {
        let line = line
        task = Task.detached {
            while !Task.isCancelled {
                Self.draw("\r\u{1B}[2K" + line.render(tracker.snapshot()))
                try? await Task.sleep(for: .milliseconds(250))
            }
        }
    }

    /// Stops redrawing and clears the line.
    mutating func finish() async {
        guard let task else { return }
        task.cancel()
        await task.value
        self.task = nil
        Self.draw("\r\u{1B}[2K")
    }

    private static func draw(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
