import ArgumentParser
import Sunto

/// `sunto explain FILE`: how the pipeline ranked the sentences of one article.
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how each sentence of an article was scored and which were chosen.",
        discussion: """
            Prints one row per sentence, best first: rank, sentence id, total score, the value of \
            each feature of the pipeline's score stage, * for the sentences in the brief, and the \
            start of the sentence. Only the Italian brief is made (no translation).

            Examples:
              sunto explain examples/vertice-energia.txt
              sunto explain --pipeline lexrank --sentences 5 article.txt
            """
    )

    @Argument(help: ArgumentHelp("Article file; - for standard input.", valueName: "file"))
    var file: String

    @OptionGroup var options: PipelineOptions

    func run() async throws {
        var italianOnly = options
        italianOnly.lang = "it"
        let pipeline: Pipeline
        do {
            pipeline = try italianOnly.makePipeline()
        } catch {
            Diagnostics.fail(error)
        }
        var outcome: Result<Document, SuntoError> = .failure(.usage("no result"))
        await pipeline.run(inputs: FileDocuments(paths: [file], maxBytes: pipeline.maxInputBytes)) { _, result in outcome = result }
        let document: Document
        do {
            document = try outcome.get()
        } catch {
            Diagnostics.fail(error)
        }
        let scoring = pipeline.runner.stages.lazy.compactMap { $0 as? ScoreStage }.first
        let features = scoring?.featureNames ?? Array(Set(document.scores.flatMap(\.features.keys))).sorted()
        var output = StandardOutput()
        output.write(RankingTable(features: features).render(document))
    }
}
