import CLibXML2
import Synchronization

/// libxml2, set up once for the process, and kept to one parse at a time when the copy linked
/// in cannot run parses side by side.
///
/// libxml2 decides when it is set up whether it may use threads: it looks for the POSIX thread
/// functions it needs, and in a statically linked program that left one of them out (such as
/// `pthread_equal`) it runs with its global state unguarded, so two parses at once corrupt its
/// memory. sunto parses pages on every core; with such a libxml2 it parses them one after
/// another instead. `xmlCleanupParser` is never called: other threads may be parsing.
enum LibXML2 {
    /// Whether libxml2 guards its own state, so that parses may run at once on several threads.
    /// libxml2 tells the thread's id only when it uses threads; otherwise it says 0.
    static let isThreadSafe: Bool = {
        xmlInitParser()
        return xmlGetThreadId() != 0
    }()

    private static let oneParseAtATime = Mutex(())

    /// Runs `body`, which calls libxml2, once libxml2 is set up: at once when libxml2 is
    /// thread-safe, else while no other thread is in such a body.
    static func withParser<T: Sendable, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        if isThreadSafe { return try body() }
        return try oneParseAtATime.withLock { (_: inout ()) throws(E) -> T in try body() }
    }
}
