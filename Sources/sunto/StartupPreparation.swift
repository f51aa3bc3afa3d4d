#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Sunto

/// The built-in glossaries, then the translation engine's tables, read and indexed on another
/// core while the command line and the pipeline are parsed.
enum StartupPreparation {
    /// Starts the work on a thread of its own, a bare POSIX thread: at the start of a process it
    /// runs about a millisecond after it is asked for, a Foundation `Thread` more than two.
    /// Should no thread start, each table is read when it is first needed.
    static func start() {
        #if os(Linux)
            var thread = pthread_t()
        #else
            var thread: pthread_t?
        #endif
        let started = pthread_create(&thread, nil, { _ in
            BuiltInGlossaries.prepare()
            BuiltinTranslator.prepare()
            return nil
        }, nil)
        #if os(Linux)
            if started == 0 { pthread_detach(thread) }
        #else
            if started == 0, let thread { pthread_detach(thread) }
        #endif
    }
}
