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

    // Everything a benchmark needs is built here, outside the measured closures: each one
    // measures its stage's work per article, not the pipeline's start-up.
    let article = BenchmarkInputs.article
    let bytes = Array(article.utf8)
    let page = Array(BenchmarkInputs.page.utf8)
    let italian = BenchmarkInputs.pipeline([.it])
    let bilingual = BenchmarkInputs.pipeline([.it, .en])
    let normalized = Normalizer().normalize(article).text
    let sentences = SentenceSplitter().split(normalized)
    let stagesUpTo = { (pipeline: Pipeline, last: String) -> [any Stage] in
        let names = pipeline.runner.stages.map(\.name)
        return Array(pipeline.runner.stages.prefix((names.firstIndex(of: last) ?? names.count - 1) + 1))
    }
    let stage = { (pipeline: Pipeline, name: String) -> any Stage in
        guard let found = pipeline.runner.stages.first(where: { $0.name == name }) else { fatalError("no stage \(name)") }
        return found
    }
    let segmented = BenchmarkInputs.run(Document(text: article), through: stagesUpTo(italian, "glossary"))
    let scored = BenchmarkInputs.run(segmented, through: [stage(italian, "score")])
    let briefed = BenchmarkInputs.run(Document(text: article), through: italian.runner.stages)
    let englishSentences = briefed.brief.it.map(\.text)

    // What every start does once before the glossary stage can run.
    Benchmark("start-up: built-in glossaries, snapshot read and trie rebuilt from its tables") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(BuiltInGlossaries.loadAfresh()) }
    }
    Benchmark("start-up: built-in glossaries, snapshot and every form read, trie built by walking them") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(BuiltInGlossaries.loadAfresh(walkingForms: true)) }
    }
    Benchmark("decode") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try DecodeStage().process(Document(source: SourceInfo(path: "a.txt"), bytes: bytes)))
        }
    }

    Benchmark("html extraction") { benchmark in
        let extractor = HTMLArticleExtractor()
        for _ in benchmark.scaledIterations { blackHole(try extractor.extract(page, path: "a.html")) }
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

    Benchmark("score") { benchmark in
        let score = stage(italian, "score")
        for _ in benchmark.scaledIterations { blackHole(try await score.process(segmented)) }
    }

    Benchmark("summarize (selection)") { benchmark in
        let summarize = stage(italian, "summarize")
        for _ in benchmark.scaledIterations { blackHole(try await summarize.process(scored)) }
    }

    Benchmark("translate, built-in engine, the brief's sentences") { benchmark in
        let translator = BuiltinTranslator()
        for _ in benchmark.scaledIterations { blackHole(try await translator.translate(englishSentences)) }
    }

    Benchmark("render json") { benchmark in
        let renderer = JSONRenderer()
        for _ in benchmark.scaledIterations { blackHole(renderer.render(briefed)) }
    }

    Benchmark("render html") { benchmark in
        let renderer = HTMLRenderer()
        for _ in benchmark.scaledIterations { blackHole(renderer.render(briefed)) }
    }

    Benchmark("end to end, Italian brief") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try await italian.brief(text: article)) }
    }

    Benchmark("end to end, Italian and English brief") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try await bilingual.brief(text: article)) }
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

    /// The sample article as a saved web page: navigation, a cookie banner, the article with its
    /// paragraphs, related links and a footer.
    static let page: String = {
        let paragraphs = article.split(separator: "\n", omittingEmptySubsequences: true)
        let title = paragraphs.first.map(String.init) ?? ""
        let body = paragraphs.dropFirst().map { "<p>\($0)</p>" }.joined(separator: "\n")
        let links = (1...12).map { "<li><a href=\"/sezione/\($0)\">Sezione \($0)</a></li>" }.joined()
        return """
            <!doctype html><html lang="it"><head><meta charset="utf-8"><title>\(title) - Il Quotidiano</title>
            <meta property="og:title" content="\(title)"><meta name="author" content="Redazione">
            <script>var tracking = {page: "articolo"};</script></head>
            <body><header><nav><ul>\(links)</ul></nav></header>
            <div class="cookie-banner">Questo sito usa cookie tecnici. <button>Accetta</button></div>
            <main><article><h1>\(title)</h1><p class="byline">di Redazione</p>
            \(body)
            </article><aside class="related"><h2>Leggi anche</h2><ul>\(links)</ul></aside></main>
            <footer><p>Il Quotidiano, via Roma 1, Milano. Tutti i diritti riservati.</p></footer></body></html>
            """
    }()

    /// A pipeline with the default stages, or a stop with the reason.
    static func pipeline(_ languages: Set<BriefLanguage>) -> Pipeline {
        do {
            return try Pipeline(settings: PipelineSettings(languages: languages, jobs: 1))
        } catch {
            fatalError("the benchmark pipeline cannot be built: \(error)")
        }
    }

    /// `document` after `stages`, run synchronously at set-up.
    static func run(_ document: Document, through stages: [any Stage]) -> Document {
        let result = LockedBox<Document?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            var current = document
            for stage in stages { current = (try? await stage.process(current)) ?? current }
            result.set(current)
            done.signal()
        }
        done.wait()
        return result.get() ?? document
    }

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

/// A value handed from a set-up task to the thread that waits for it.
final class LockedBox<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func set(_ newValue: Value) { lock.withLock { value = newValue } }
    func get() -> Value { lock.withLock { value } }
}
