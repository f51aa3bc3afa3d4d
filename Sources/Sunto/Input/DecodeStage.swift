import Crypto

/// The input stage: checks the size, records the digest and decodes the bytes into text; for
/// an HTML page, the text is the article found in the page and its metadata is filled in.
public struct DecodeStage: Stage {
    /// The default size limit: 16 MiB of text is far beyond any news article.
    public static let defaultMaxBytes = 16 << 20

    public let name = "decode"
    /// The largest input accepted.
    public var maxBytes: Int
    /// Elements of an HTML page nested deeper than this are merged into their ancestor.
    public var maxDepth: Int
    private let decoder = TextDecoder()

    /// Creates the stage with a size limit and, for HTML, a nesting limit.
    public init(maxBytes: Int = DecodeStage.defaultMaxBytes, maxDepth: Int = HTMLLimits.parserDepthLimit) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
    }

    /// Creates the stage from pipeline options (`max-bytes`, `max-depth`).
    public init(options: inout StageOptions, settings: PipelineSettings) throws(SuntoError) {
        let fromFile = try options.int("max-bytes", default: Self.defaultMaxBytes, in: 1...(1 << 31))
        let depth = try options.int("max-depth", default: HTMLLimits.parserDepthLimit, in: 1...HTMLLimits.parserDepthLimit)
        self.init(maxBytes: settings.maxBytes ?? fromFile, maxDepth: depth)
    }

    public func process(_ document: Document) throws(SuntoError) -> Document {
        var document = document
        let path = document.source.path
        guard document.bytes.count <= maxBytes else {
            throw .tooLarge(path: path, bytes: document.bytes.count, limit: maxBytes)
        }
        document.source.sha256 = Self.sha256(document.bytes)
        if document.source.format == .html { return try extractArticle(document) }
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

    /// Lower-case hex SHA-256 of `bytes`.
    public static func sha256(_ bytes: [UInt8]) -> String {
        let digest = SHA256.hash(data: bytes)
        // Written digit by digit: a string per byte, joined, cost a fifth as much as the hash.
        return String(unsafeUninitializedCapacity: 2 * SHA256.byteCount) { hex in
            var count = 0
            for byte in digest {
                hex[count] = hexDigits[Int(byte >> 4)]
                hex[count + 1] = hexDigits[Int(byte & 0x0F)]
                count += 2
            }
            return count
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private func extractArticle(_ document: Document) throws(SuntoError) -> Document {
        var document = document
        let limits = HTMLLimits(maxBytes: maxBytes, maxDepth: maxDepth)
        let article = try HTMLArticleExtractor(limits: limits).extract(document.bytes, path: document.source.path)
        document.source.encoding = article.encoding
        document.metadata = article.metadata
        document.warnings += article.warnings
        if article.encoding != "UTF-8", !article.warnings.contains(where: { $0.contains(article.encoding) }) {
            document.warnings.append("read as \(article.encoding)")
        }
        document.text = article.text
        document.bytes = []
        return document
    }
}
