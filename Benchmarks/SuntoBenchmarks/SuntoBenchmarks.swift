import Benchmark
import Foundation
import Sunto

/// Per-stage and end-to-end benchmarks on a bundled sample article (original text written for
/// this project). Run with `swift package benchmark` (see README, "Benchmarks").
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 10,
        maxDuration: .seconds(3),
        maxIterations: 100_000
    )

    let article = BenchmarkInputs.article
    let bytes = Array(article.utf8)
    let normalized = Normalizer().normalize(article).text
    let sentences = SentenceSplitter().split(normalized)
    var segmented = Document(text: article)
    segmented.normalizedText = normalized
    segmented.sentences = sentences

    Benchmark("decode") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try DecodeStage().process(Document(source: SourceInfo(path: "a.txt"), bytes: bytes)))
        }
    }

    Benchmark("normalize") { benchmark in
        let normalizer = Normalizer()
        for _ in benchmark.scaledIterations { blackHole(normalizer.normalize(article)) }
    }

    Benchmark("segment") { benchmark in
        let splitter = SentenceSplitter()
        for _ in benchmark.scaledIterations { blackHole(splitter.split(normalized)) }
    }

    let builtIn = GlossarySet((try? BuiltInGlossaries.all()) ?? [])
    let small = GlossaryMatcher(index: GlossaryIndex(builtIn))
    let large = GlossaryMatcher(index: GlossaryIndex(entries: builtIn.entries + BenchmarkInputs.syntheticEntries(50_000 - builtIn.entries.count)))

    Benchmark("glossary matching, \(small.index.entries.count) entries") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(small.hits(in: sentences)) }
    }

    Benchmark("glossary matching, \(large.index.entries.count) entries") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(large.hits(in: sentences)) }
    }

    Benchmark("score + summarize") { benchmark in
        let pipeline = try Pipeline(settings: PipelineSettings(languages: [.it]))
        let stages = pipeline.runner.stages.filter { ["score", "summarize"].contains($0.name) }
        for _ in benchmark.scaledIterations {
            var document = segmented
            for stage in stages { document = try await stage.process(document) }
            blackHole(document)
        }
    }

    Benchmark("render json") { benchmark in
        let pipeline = try Pipeline(settings: PipelineSettings(languages: [.it]))
        let document = try await pipeline.brief(text: article)
        let renderer = JSONRenderer()
        for _ in benchmark.scaledIterations { blackHole(renderer.render(document)) }
    }

    Benchmark("end to end, Italian brief, one article at a time") { benchmark in
        let pipeline = try Pipeline(settings: PipelineSettings(languages: [.it]))
        for _ in benchmark.scaledIterations { blackHole(try await pipeline.brief(text: article)) }
    }
}

/// Inputs generated from the project's own sample article and from made-up words.
enum BenchmarkInputs {
    /// The bundled sample article (examples/vertice-energia.txt).
    static let article: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples/vertice-energia.txt")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? "Testo di prova."
    }()

    /// `count` glossary entries of two or three made-up Italian-looking words, deterministic.
    static func syntheticEntries(_ count: Int) -> [GlossaryEntry] {
        let syllables = ["ba", "ce", "di", "fo", "gu", "la", "me", "ni", "po", "ru", "sa", "te", "vi", "zo", "tra", "ste", "gno", "pli"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        func word() -> String {
            (0..<(3 + next() % 2)).map { _ in syllables[next() % syllables.count] }.joined() + ["o", "a", "e"][next() % 3]
        }
        return (0..<max(0, count)).map { index in
            let words = (0..<(2 + index % 2)).map { _ in word() }
            return GlossaryEntry(it: words.joined(separator: " "), en: "term \(index)", partOfSpeech: "noun", glossary: "synthetic.tsv", line: index + 2)
        }
    }
}
