import Foundation

/// Translation through Apertium, which has no Italian→English pair: Italian is translated to
/// Spanish (`apertium-spa-ita`) and the Spanish to English (`apertium-eng-spa`).
///
/// All sentences of an article go through one run, one sentence a line; Apertium keeps line
/// breaks, so the output lines match the input lines.
public struct ApertiumTranslator: Translator {
    public let name = "apertium"
    /// The Debian packages the engine needs.
    public static let packages = "apertium apertium-spa-ita apertium-eng-spa cg3"
    private static let hint =
        "install it with `sudo apt-get install -y \(packages)`, or pass --lang it for the Italian brief alone"

    /// Creates the engine.
    public init() {}

    /// Whether Apertium and both language pairs are installed.
    public static var isAvailable: Bool {
        guard let apertium = ExternalProgram.find("apertium") else { return false }
        return installedModes(apertium).isSuperset(of: ["ita-spa", "spa-eng"]) && ExternalProgram.find("cg-proc") != nil
    }

    private static func installedModes(_ apertium: String) -> Set<String> {
        let directories = ["/usr/share/apertium/modes", "/usr/local/share/apertium/modes"]
        var modes: Set<String> = []
        for directory in directories {
            for mode in ["ita-spa", "spa-eng"] where FileManager.default.fileExists(atPath: "\(directory)/\(mode).mode") {
                modes.insert(mode)
            }
        }
        return modes
    }

    public func checkAvailable() throws(SuntoError) {
        guard Self.isAvailable else {
            throw .engineUnavailable(engine: name, hint: "Apertium with the ita-spa and spa-eng pairs is not installed; \(Self.hint)")
        }
    }

    public func translate(_ sentences: [String]) async throws(SuntoError) -> [String] {
        guard !sentences.isEmpty else { return [] }
        try checkAvailable()
        guard let apertium = ExternalProgram.find("apertium") else { return sentences }
        // Line breaks inside a sentence would shift the lines; a sentence is one line here.
        let input = ExternalProgram.lines(of: sentences)
        do {
            let spanish = try await ExternalProgram(executable: apertium, arguments: ["-u", "ita-spa"]).run(input: input)
            let english = try await ExternalProgram(executable: apertium, arguments: ["-u", "spa-eng"]).run(input: spanish)
            guard let lines = ExternalProgram.lines(in: english, expected: sentences.count) else {
                throw SuntoError.engineFailed(engine: name, message: "expected \(sentences.count) lines back, got another count")
            }
            return lines
        } catch let error as ExternalProgramError {
            throw .engineFailed(engine: name, message: error.message)
        } catch let error as SuntoError {
            throw error
        } catch {
            throw .engineFailed(engine: name, message: "\(error)")
        }
    }
}
