import Crypto

/// The input stage: checks the size, records the digest and decodes the bytes into text.
public struct DecodeStage: Stage {
    /// The default size limit: 16 MiB of text is far beyond any news article.
    public static let defaultMaxBytes = 16 << 20

    public let name = "decode"
    /// The largest input accepted.
    public var maxBytes: Int
    private let decoder = TextDecoder()

    /// Creates the stage with a size limit.
    public init(maxBytes: Int = DecodeStage.defaultMaxBytes) {
        self.maxBytes = maxBytes
    }

    /// Creates the stage from pipeline options (`max-bytes`).
    public init(options: inout StageOptions, settings: PipelineSettings) throws(SuntoError) {
        let fromFile = try options.int("max-bytes", default: Self.defaultMaxBytes, in: 1...(1 << 31))
        self.init(maxBytes: settings.maxBytes ?? fromFile)
    }

    public func process(_ document: Document) throws(SuntoError) -> Document {
        var document = document
        let path = document.source.path
        guard document.bytes.count <= maxBytes else {
            throw .tooLarge(path: path, bytes: document.bytes.count, limit: maxBytes)
        }
        document.source.sha256 = SHA256.hash(data: document.bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
        let decoded = try decoder.decode(document.bytes, path: path)
        document.source.encoding = decoded.encoding
        if decoded.encoding != "UTF-8" {
            document.warnings.append("read as \(decoded.encoding)")
        }
        document.text = decoded.text
        document.bytes = []
        guard document.text.contains(where: { !$0.isWhitespace }) else { throw .emptyInput(path: path) }
        return document
    }
}
