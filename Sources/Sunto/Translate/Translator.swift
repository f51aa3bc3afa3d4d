/// A translation engine: Italian sentences in, English sentences out, one for one.
///
/// Engines receive all the sentences of one article in one call, so an engine that starts an
/// external program pays its start-up once per article, not once per sentence.
public protocol Translator: Sendable {
    /// The engine's name, as given to `--engine`.
    var name: String { get }
    /// Translates sentences; the result has exactly as many elements as the input.
    ///
    /// - Throws: ``SuntoError/engineUnavailable(engine:hint:)`` when the engine cannot run here,
    ///   ``SuntoError/engineFailed(engine:message:)`` when it ran and failed.
    func translate(_ sentences: [String]) async throws(SuntoError) -> [String]
    /// Checks that the engine can run here, before any article is processed.
    ///
    /// - Throws: ``SuntoError/engineUnavailable(engine:hint:)`` saying what to install.
    func checkAvailable() throws(SuntoError)
}
