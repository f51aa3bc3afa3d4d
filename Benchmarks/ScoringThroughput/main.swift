// Scoring + selection throughput: how many articles per second one core scores and summarizes.
//
//     swift build -c release --product ScoringThroughput
//     .build/release/ScoringThroughput [ARTICLE] [--pipeline NAME] [--seconds S]
//
// The article (by default the shared seed article, ../shared/data/seed/usa-ucraina-g7.mt.txt, or
// examples/vertice-energia.txt when that is missing) goes once through the stages before `score`;
// then the pipeline's score and summarize stages run on it again and again on this thread for
// about S seconds of its CPU time (default 3), and the rate per CPU second is printed; then the same for scoring and selection
// called directly on features extracted once. The two rates should agree: the score stage leaves its features on the
// document and the summarize stage reuses them.
import Foundation
import Sunto

@main
struct ScoringThroughput {
    static func main() async throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let pipelineName = value(of: "--pipeline", in: &arguments) ?? "news"
        let seconds = Double(value(of: "--seconds", in: &arguments) ?? "3") ?? 3
        let seed = "../shared/data/seed/usa-ucraina-g7.mt.txt"
        let path = arguments.first ?? (FileManager.default.fileExists(atPath: seed) ? seed : "examples/vertice-energia.txt")
        let text = try String(contentsOfFile: path, encoding: .utf8)

        let pipeline = try Pipeline(spec: PipelineSpec.builtIn(named: pipelineName), settings: PipelineSettings(languages: [.it], jobs: 1))
        let stages = pipeline.runner.stages
        guard let scoring = stages.lazy.compactMap({ $0 as? ScoreStage }).first,
            let summarizing = stages.lazy.compactMap({ $0 as? SummarizeStage }).first
        else { fatalError("pipeline '\(pipelineName)' has no score and summarize stages") }
        var document = Document(text: text, path: path)
        for stage in stages.prefix(while: { !($0 is ScoreStage) }) {
            document = try await stage.process(document)
        }

        let stagesRate = rate(seconds: seconds) { checksum in
            checksum &+= summarizing.process(scoring.process(document)).selection.first ?? 0
        }
        let onceRate = rate(seconds: seconds) { checksum in
            let article = ArticleFeatures(document: document)
            checksum &+= summarizing.selector.select(scores: scoring.scores(for: article), article: article).first ?? 0
        }
        let words = document.sentences.reduce(0) { $0 + $1.text.split(separator: " ").count }
        print("\(path): \(document.sentences.count) sentences, \(words) words, pipeline \(pipelineName)")
        print(String(format: "score + summarize stages, as the pipeline runs them: %.0f articles/s on one core", stagesRate))
        print(String(format: "scoring + selection on features extracted once:    %.0f articles/s on one core", onceRate))
    }

    /// How many times a second of this thread's CPU time `body` runs, over about `seconds` seconds
    /// of CPU time. CPU time rather than wall time, so other programs on the machine do not count.
    private static func rate(seconds: Double, _ body: (inout Int) -> Void) -> Double {
        var runs = 0
        var checksum = 0
        let start = threadCPUTime()
        var elapsed = 0.0
        while elapsed < seconds {
            for _ in 0..<100 { body(&checksum) }
            runs += 100
            elapsed = threadCPUTime() - start
        }
        // The checksum keeps the optimizer from dropping the work.
        if checksum == .min { print(checksum) }
        return Double(runs) / elapsed
    }

    /// The CPU time this thread has used, in seconds.
    private static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    /// Removes `--name VALUE` from `arguments` and returns VALUE.
    private static func value(of name: String, in arguments: inout [String]) -> String? {
        guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
        defer { arguments.removeSubrange(index...(index + 1)) }
        return arguments[index + 1]
    }
}
