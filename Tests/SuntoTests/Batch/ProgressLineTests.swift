import Testing

@testable import Sunto

@Suite struct ProgressLineTests {
    @Test func theLineShowsCountRateETAAndFailures() {
        let progress = BatchProgress(total: 10_000, written: 1_200, upToDate: 30, failed: 4, elapsed: 12)
        #expect(ProgressLine(color: false).render(progress) == "1,234/10,000 · 100.3/s · ETA 1:27 · 30 up to date · 4 failed")
    }

    @Test func beforeAnythingIsDoneThereIsNoRateNorETA() {
        #expect(ProgressLine(color: false).render(BatchProgress(total: 50)) == "0/50")
    }

    @Test func colourIsOnlyUsedWhenAskedFor() {
        let progress = BatchProgress(written: 3, failed: 1, elapsed: 1)
        #expect(!ProgressLine(color: false).render(progress).contains("\u{1B}"))
        #expect(ProgressLine(color: true).render(progress).contains("\u{1B}[31m1 failed\u{1B}[0m"))
    }

    @Test(arguments: [
        (BatchSummary(progress: BatchProgress(written: 9, upToDate: 2, failed: 1, elapsed: 4.25), interrupted: false, failuresPath: "out/failures.jsonl"),
         "sunto: 12 articles: 9 briefed, 2 up to date, 1 failed (see out/failures.jsonl) in 4.3 s"),
        (BatchSummary(progress: BatchProgress(written: 1, elapsed: 75), interrupted: false, failuresPath: "f"),
         "sunto: 1 article: 1 briefed in 1:15"),
        (BatchSummary(progress: BatchProgress(written: 40, elapsed: 3), interrupted: true, failuresPath: "f"),
         "sunto: interrupted after 3.0 s: 40 briefed; run the same command again to do the rest"),
    ] as [(BatchSummary, String)])
    func theSummaryIsOneLine(_ summary: BatchSummary, _ line: String) {
        #expect(ProgressLine(color: false).summary(summary) == line)
    }

    @Test(arguments: [(0, "0"), (999, "999"), (1000, "1,000"), (1_234_567, "1,234,567")])
    func thousandsAreGroupedWithCommas(_ number: Int, _ text: String) {
        #expect(ProgressLine.grouped(number) == text)
    }

    @Test(arguments: [
        (BatchSummary(progress: BatchProgress(written: 3), interrupted: false, failuresPath: ""), Int32(0)),
        (BatchSummary(progress: BatchProgress(written: 3, failed: 1), interrupted: false, failuresPath: ""), Int32(1)),
        (BatchSummary(progress: BatchProgress(written: 3, failed: 1), interrupted: true, failuresPath: ""), Int32(130)),
    ] as [(BatchSummary, Int32)])
    func exitCodesFollowTheContract(_ summary: BatchSummary, _ code: Int32) {
        #expect(summary.exitCode == code)
    }
}
