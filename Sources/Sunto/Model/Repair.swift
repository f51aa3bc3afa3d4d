/// A change the normalization stage made to the text, recorded so a reader can check it.
public struct Repair: Sendable, Equatable, Codable {
    /// The rule that made the change, e.g. `glued-words`.
    public var rule: String
    /// The text before the change.
    public var before: String
    /// The text after the change.
    public var after: String
    /// Offset (Unicode scalars) of `after` in the final normalized text.
    public var offset: Int

    /// Creates a repair record.
    public init(rule: String, before: String, after: String, offset: Int) {
        self.rule = rule
        self.before = before
        self.after = after
        self.offset = offset
    }
}
