import Foundation
import Testing

/// The Spark example (`integrations/spark/`) runs `sunto stage` over a folder with PySpark's
/// `rdd.pipe` and must give exactly the briefs and failures of `sunto batch` on the same folder.
@Suite(.enabled(if: SparkExample.pysparkIsInstalled,
                "pyspark is not installed (pip install pyspark; Java 17 must be on PATH): the Spark example is not checked"),
       .serialized)
struct SparkExampleTests {
    @Test func sparkGivesTheSameBriefsAndFailuresAsABatch() throws {
        let sunto = try #require(CommandRunner.executable, "the sunto executable is built by `swift build`")
        let run = try CommandLaunch(
            ["python3", SparkExample.checker, "--sunto", sunto.path], executable: SparkExample.env
        ).wait()
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr.suffix(2_000))")
        #expect(run.stdout.contains(" passed, 0 failed"), "\(run.stdout)")
    }
}

/// Where the Spark example is, and whether the `python3` on PATH has pyspark.
enum SparkExample {
    static let env = "/usr/bin/env"
    static let checker = CommandRunner.root.appendingPathComponent("integrations/spark/check_against_batch.py").path

    /// Whether `python3 -c "import pyspark"` works.
    static let pysparkIsInstalled: Bool = {
        guard FileManager.default.isExecutableFile(atPath: env) else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: env)
        process.arguments = ["python3", "-c", "import pyspark"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()
}
