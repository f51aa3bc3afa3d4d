import CZlib

/// Inflates gzip data (a saved `.html.gz` page) with a limit on the inflated size.
///
/// The limit is what stops a decompression bomb: a few kilobytes of gzip can claim gigabytes, so
/// inflation stops with ``SuntoError/tooLarge(path:bytes:limit:)`` as soon as the output passes
/// `maxBytes`, before that memory is ever allocated.
public struct GzipReader: Sendable {
    /// The largest inflated size accepted.
    public var maxBytes: Int

    /// Creates a reader.
    public init(maxBytes: Int) {
        self.maxBytes = maxBytes
    }

    /// Whether `bytes` start with the gzip magic number.
    public static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// Inflates `bytes`, including concatenated gzip members.
    ///
    /// - Throws: ``SuntoError/tooLarge(path:bytes:limit:)`` past `maxBytes`, or
    ///   ``SuntoError/undecodable(path:reason:)`` for damaged or truncated data.
    public func inflate(_ bytes: [UInt8], path: String) throws(SuntoError) -> [UInt8] {
        var stream = z_stream()
        // 15 window bits + 16 selects the gzip wrapper (not raw deflate or zlib).
        guard czlib_inflate_init2(&stream, 15 + 16) == Z_OK else {
            throw .undecodable(path: path, reason: "zlib could not start inflating")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(min(maxBytes, bytes.count * 4))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var status = Z_OK
        bytes.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            repeat {
                chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    output.append(contentsOf: buffer[0..<(buffer.count - Int(stream.avail_out))])
                }
                if status == Z_STREAM_END, stream.avail_in > 0 {
                    // Another gzip member follows (as `cat a.gz b.gz` makes); go on with it.
                    status = inflateReset(&stream)
                }
            } while status == Z_OK && output.count <= maxBytes && (stream.avail_in > 0 || stream.avail_out == 0)
        }
        if output.count > maxBytes {
            throw .tooLarge(path: path, bytes: output.count, limit: maxBytes)
        }
        guard status == Z_STREAM_END else {
            throw .undecodable(path: path, reason: "damaged or truncated gzip data")
        }
        return output
    }
}
