/// A ``SortedLineTable`` whose answers are kept for the keys asked before (``BoundedCache``):
/// each lookup in the table bisects thousands of lines, and a text asks for the same words and
/// phrases again and again.
struct CachedLineTable: Sendable {
    private let table: SortedLineTable
    private let answers: BoundedCache<String, String?>

    /// Wraps `table`, keeping the answers for at most `capacity` keys.
    init(_ table: SortedLineTable, capacity: Int) {
        self.table = table
        answers = BoundedCache(capacity: capacity)
    }

    /// The value stored for `key`, or `nil`.
    func value(for key: String) -> String? {
        answers.value(for: key) { table.value(for: $0).map(String.init) }
    }
}
