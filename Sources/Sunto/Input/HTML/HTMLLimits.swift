/// The limits applied to an HTML page, so that no page can exhaust memory or time.
public struct HTMLLimits: Sendable, Equatable {
    /// The largest page accepted, in bytes, after gzip inflation: larger pages are refused with
    /// ``SuntoError/tooLarge(path:bytes:limit:)``.
    public var maxBytes: Int
    /// Elements nested deeper than this are merged into their ancestor (their text is kept and a
    /// warning recorded). At most ``HTMLLimits/parserDepthLimit``, libxml2's own cap, past which
    /// the parser stops reading the page (also recorded as a warning).
    public var maxDepth: Int

    /// libxml2's nesting cap without `XML_PARSE_HUGE`, which sunto deliberately leaves off.
    public static let parserDepthLimit = 256

    /// Creates limits; `maxDepth` is clamped to 1…``parserDepthLimit``.
    public init(maxBytes: Int = DecodeStage.defaultMaxBytes, maxDepth: Int = HTMLLimits.parserDepthLimit) {
        self.maxBytes = maxBytes
        self.maxDepth = min(max(maxDepth, 1), Self.parserDepthLimit)
    }
}
