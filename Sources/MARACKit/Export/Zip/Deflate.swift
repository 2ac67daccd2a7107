internal import CZlib

/// Raw DEFLATE (RFC 1951) compression and CRC-32 through zlib: the only user of `CZlib`.
///
/// ZIP entries hold raw deflate streams (no zlib header or trailer), hence the
/// `czlib_deflate_init_raw` / `czlib_inflate_init_raw` shims with negative window bits.
/// See https://zlib.net/manual.html
enum Deflate {
    /// The CRC-32 of `bytes`, as ZIP records it, from zlib's `crc32`.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            var crc = CZlib.crc32(0, nil, 0)
            var offset = 0
            while offset < buffer.count {
                let chunk = min(buffer.count - offset, Int(UInt32.max >> 1))
                crc = CZlib.crc32(crc, buffer.baseAddress! + offset, uInt(chunk))
                offset += chunk
            }
            return UInt32(truncatingIfNeeded: crc)
        }
    }

    /// The level documents are packed at: zlib's fast strategy (levels 1–3), which packs the
    /// content of 25-case minutes with thousands of table cells in half the time of the
    /// default level 6, for a file about 30 % larger (95 KB instead of 73 KB).
    static let documentLevel: Int32 = 3

    /// `bytes` compressed as one raw deflate stream at zlib's `level` (0–9).
    ///
    /// Calls `deflateInit2` (via the shim), `deflateBound`, `deflate` and `deflateEnd`.
    static func compress(_ bytes: [UInt8], level: Int32 = 6) throws -> [UInt8] {
        var stream = z_stream()
        var code = czlib_deflate_init_raw(&stream, level)
        guard code == Z_OK else { throw ExportError.compressionFailed(code: code) }
        defer { deflateEnd(&stream) }
        var output = [UInt8](
            repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 64)
        var input = bytes
        code = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { destination in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = destination.baseAddress
                stream.avail_out = uInt(destination.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard code == Z_STREAM_END else { throw ExportError.compressionFailed(code: code) }
        output.removeSubrange(Int(stream.total_out)...)
        return output
    }

    /// The `expectedSize` bytes inflated from one raw deflate stream.
    ///
    /// Calls `inflateInit2` (via the shim), `inflate` and `inflateEnd`.
    static func decompress(_ bytes: ArraySlice<UInt8>, expectedSize: Int) throws -> [UInt8] {
        var stream = z_stream()
        var code = czlib_inflate_init_raw(&stream)
        guard code == Z_OK else { throw ExportError.compressionFailed(code: code) }
        defer { inflateEnd(&stream) }
        // One spare byte lets a stream longer than the directory claims show up as an error.
        var output = [UInt8](repeating: 0, count: expectedSize + 1)
        var input = Array(bytes)
        code = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { destination in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = destination.baseAddress
                stream.avail_out = uInt(destination.count)
                return inflate(&stream, Z_FINISH)
            }
        }
        guard code == Z_STREAM_END, Int(stream.total_out) == expectedSize else {
            throw ExportError.compressionFailed(code: code == Z_STREAM_END ? Z_DATA_ERROR : code)
        }
        output.removeLast()
        return output
    }
}
