/// The words a batch shows: the progress line redrawn on a terminal and the summary line
/// written at the end.
///
/// ```
/// 1,234/10,000 · 85.2/s · ETA 1:43 · 3 failed
/// sunto: 10,000 articles: 9,950 briefed, 45 up to date, 5 failed (see out/failures.jsonl) in 1:58
/// ```
/// Colour (failures in red, the count in bold) only when asked for: callers pass `color: false`
/// when `NO_COLOR` is set or the output is not a terminal.
public struct ProgressLine: Sendable {
    /// Whether to use ANSI colours.
    public var color: Bool

    /// Creates the renderer.
    public init(color: Bool) {
        self.color = color
    }

    /// The progress line, without a newline.
    public func render(_ progress: BatchProgress) -> String {
        var count = Self.grouped(progress.done)
        if let total = progress.total { count += "/" + Self.grouped(total) }
        var parts = [paint(count, "1")]
        if let rate = progress.rate { parts.append("\(Self.oneDecimal(rate))/s") }
        if let left = progress.secondsLeft { parts.append("ETA " + Self.clock(left)) }
        if progress.upToDate > 0 { parts.append("\(Self.grouped(progress.upToDate)) up to date") }
        if progress.failed > 0 { parts.append(paint("\(Self.grouped(progress.failed)) failed", "31")) }
        return parts.joined(separator: " · ")
    }

    /// The one-line summary, without a newline.
    public func summary(_ summary: BatchSummary) -> String {
        let progress = summary.progress
        var outcome = ["\(Self.grouped(progress.written)) briefed"]
        if progress.upToDate > 0 { outcome.append("\(Self.grouped(progress.upToDate)) up to date") }
        if progress.failed > 0 {
            outcome.append(paint("\(Self.grouped(progress.failed)) failed", "31") + " (see \(summary.failuresPath))")
        }
        let time = Self.clock(progress.elapsed)
        if summary.interrupted {
            return "sunto: interrupted after \(time): " + outcome.joined(separator: ", ")
                + "; run the same command again to do the rest"
        }
        let articles = progress.done == 1 ? "1 article" : "\(Self.grouped(progress.done)) articles"
        return "sunto: \(articles): " + outcome.joined(separator: ", ") + " in \(time)"
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// `12,345`: thousands grouped with commas, whatever the locale.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (number < 0 ? "-" : "") + result
    }

    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// `0:07`, `1:43`, `2:05:00`; under a minute also with tenths for the summary's sake (`4.2 s`).
    static func clock(_ seconds: Double) -> String {
        if seconds < 60 { return "\(oneDecimal(seconds)) s" }
        let whole = Int(seconds.rounded())
        let (hours, minutes, secs) = (whole / 3600, whole / 60 % 60, whole % 60)
        let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(secs))" : "\(minutes):\(two(secs))"
    }
}
