import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns Ctrl-C (SIGINT) and SIGTERM into a clean stop of a batch: the first signal sets a
/// ``StopFlag``, so no new input is read, documents in flight are dropped and outputs being
/// written are finished; a second signal quits at once, after removing the temporary files of
/// writes in progress.
///
/// Signals are received through dispatch sources, not a C signal handler, so the handling code
/// runs on an ordinary thread and may take locks.
public final class StopSignals {
    private let numbers: [Int32]
    private var sources: [any DispatchSourceSignal] = []

    /// Starts handling `signals`.
    ///
    /// - Parameters:
    ///   - stop: the flag set by the first signal.
    ///   - signals: the signals to handle.
    ///   - exitCode: the exit code after a second signal (130, as a shell reports Ctrl-C).
    public init(stop: StopFlag, signals: [Int32] = [SIGINT, SIGTERM], exitCode: Int32 = 130) {
        numbers = signals
        let received = LockedValue(0)
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                let count = received.withLock { count in
                    count += max(1, Int(source.data))
                    return count
                }
                stop.set()
                if count > 1 {
                    TemporaryFiles.removeAll()
                    _exit(exitCode)
                }
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Stops handling the signals and restores their default action.
    public func cancel() {
        for source in sources { source.cancel() }
        sources.removeAll()
        for number in numbers { signal(number, SIG_DFL) }
    }

    deinit {
        cancel()
    }
}
