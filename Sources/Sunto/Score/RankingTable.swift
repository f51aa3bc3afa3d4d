/// The ranking of an article's sentences as a plain-text table: what `sunto explain` prints.
///
/// One row per sentence, best first (ties in source order): rank, sentence id, total score,
/// each feature's value, `*` when the sentence is in the brief, and the start of the sentence.
public struct RankingTable: Sendable {
    /// The feature columns, in order.
    public var features: [String]
    /// How many characters of each sentence to show.
    public var excerptLength: Int

    /// Creates a table with the given feature columns.
    public init(features: [String], excerptLength: Int = 60) {
        self.features = features
        self.excerptLength = excerptLength
    }

    /// The table for a scored and summarized document.
    public func render(_ document: Document) -> String {
        let chosen = Set(document.selection)
        let ranked = document.scores.sorted { $0.total != $1.total ? $0.total > $1.total : $0.sentence < $1.sentence }
        let header = ["rank", "id", "total"] + features.map(Self.abbreviated) + ["", "sentence"]
        var rows = [header]
        for (rank, score) in ranked.enumerated() {
            let values = features.map { Self.number(score.feature($0) ?? 0) }
            rows.append([String(rank + 1), "s\(score.sentence)", Self.number(score.total)] + values
                + [chosen.contains(score.sentence) ? "*" : "", excerpt(document.sentences[score.sentence].text)])
        }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        let lines = rows.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column == row.count - 1 ? cell : (column < 3 ? pad + cell : cell + pad)
            }.joined(separator: "  ")
        }
        let legend = "* in the brief · total = weighted mean of the features − weighted penalties"
        return (lines + ["", legend]).joined(separator: "\n") + "\n"
    }

    private func excerpt(_ text: String) -> String {
        text.count <= excerptLength ? text : String(text.prefix(excerptLength - 1)) + "…"
    }

    /// Column headings kept narrow: the first six letters of the feature name.
    private static func abbreviated(_ name: String) -> String {
        String(name.prefix(6))
    }

    /// A number with three decimals, padded to the width of "-0.000".
    private static func number(_ value: Double) -> String {
        let scaled = Int((abs(value) * 1000).rounded())
        let text = "\(scaled / 1000)." + String("00\(scaled % 1000)".suffix(3))
        return (value < 0 && scaled > 0 ? "-" : " ") + text
    }
}
