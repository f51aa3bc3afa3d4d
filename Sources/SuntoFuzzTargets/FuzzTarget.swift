/// The entry points that sunto's fuzzers drive, one per parser or stage that reads untrusted
/// bytes, shared by the libFuzzer executable (`Fuzz/`) and the regression tests of its finds.
///
/// Each target feeds the bytes to sunto and checks the invariants that must hold for any input.
/// A crash or hang is a finding by itself; a broken invariant is returned as a message, which
/// the fuzzer turns into a crash so it is saved and minimised like one.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// Text decoding: UTF-8, UTF-16 and legacy encodings, BOMs and fallbacks.
    case decode
    /// HTML to article: libxml2 parsing, encoding sniffing, extraction and metadata.
    case html
    /// Normalization and repair: idempotent, with repairs inside the text.
    case normalize
    /// Sentence segmentation: exact offsets, nothing visible lost.
    case segment
    /// Glossary loaders (the first byte picks TSV, CSV or TBX), then matching with the result.
    case glossary
    /// Pipeline files (YAML).
    case yaml
    /// One JSON Lines record of `sunto stage`.
    case stage
    /// The whole `brief` path: decode to JSON rendering, with both briefs.
    case brief

    /// The invariants `bytes` breaks; empty when all hold.
    public func violations(_ bytes: [UInt8]) -> [String] {
        switch self {
        case .decode: TextChecks.decode(bytes)
        case .html: HTMLChecks.extract(bytes)
        case .normalize: TextChecks.normalize(bytes)
        case .segment: TextChecks.segment(bytes)
        case .glossary: GlossaryChecks.load(bytes)
        case .yaml: RecordChecks.pipeline(bytes)
        case .stage: RecordChecks.stageRecord(bytes)
        case .brief: BriefChecks.brief(bytes)
        }
    }
}
