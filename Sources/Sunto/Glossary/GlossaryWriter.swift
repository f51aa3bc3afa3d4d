/// Writes glossaries in sunto's TSV format.
public enum GlossaryWriter {
    /// The header row with every column.
    public static let header = GlossaryColumns.known.joined(separator: "\t")

    /// The entries as a TSV file with every column.
    public static func tsv(_ entries: [GlossaryEntry]) -> String {
        TSVGlossaryParser.write(entries)
    }
}
