import Dispatch
import Foundation
import Sunto

/// The brief target: bytes as an article file (HTML when they look like it) through the default
/// pipeline with both briefs, then rendered as JSON.
enum BriefChecks {
    /// Built once: loading the glossaries and the lexicon is the slow part.
    private static let pipeline: Pipeline = {
        do {
            return try Pipeline(settings: PipelineSettings(languages: [.it, .en], jobs: 1))
        } catch {
            fatalError("the default pipeline does not build: \(error)")
        }
    }()

    static func brief(_ bytes: [UInt8]) -> [String] {
        let format: SourceInfo.Format = HTMLDetector.looksLikeHTML(bytes) ? .html : .text
        let document = Document(source: SourceInfo(path: "fuzz", format: format), bytes: bytes)
        guard let briefed = wait({ try? await pipeline.runner.process(document) }) else { return [] }
        let complete = !briefed.warnings.contains { $0.contains("max-sentences") }
        var problems = TextInvariants.sentenceProblems(briefed.sentences, of: briefed.normalizedText, complete: complete)
        if briefed.selection.contains(where: { !briefed.sentences.indices.contains($0) }) {
            problems.append("selection \(briefed.selection) outside \(briefed.sentences.count) sentences")
        }
        let json = JSONRenderer(pretty: false).render(briefed)
        if json.contains("\n") { problems.append("one-line JSON holds a line break") }
        if (try? JSONSerialization.jsonObject(with: Data(json.utf8))) == nil { problems.append("the JSON does not parse") }
        return problems
    }

    /// Runs `body` to completion from synchronous code.
    private static func wait(_ body: @escaping @Sendable () async -> Document?) -> Document? {
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        Task {
            box.value = await body()
            done.signal()
        }
        done.wait()
        return box.value
    }

    /// Carries the result out of the task; written once before the semaphore is signalled.
    private final class ResultBox: @unchecked Sendable {
        var value: Document?
    }
}
