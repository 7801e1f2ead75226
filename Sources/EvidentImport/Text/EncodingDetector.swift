import EvidentModel

/// Decides an export's text encoding by the study spec's rule: a byte order mark decides;
/// without one, a file that is valid UTF-8 throughout is UTF-8, and anything else is
/// Windows-1252 (what Excel's "CSV (Comma delimited)" writes on UK machines).
enum EncodingDetector {
    /// Detects the encoding of the file at `path`, reading it once in chunks when there is no
    /// byte order mark. O(file size), constant memory.
    static func detect(path: String, displayPath: String, head: [UInt8]) throws(InputError) -> TextEncoding {
        if let declared = TextEncoding.fromByteOrderMark(head) { return declared }
        let stream = try ByteStream(path: path, displayPath: displayPath, hashing: false)
        var validator = UTF8Validator()
        // One buffer for the whole pass; ASCII, the bulk of any export, is skipped 32 bytes at a
        // time (this pass runs before anything else can start, so its speed is everyone's wait).
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: stream.chunkSize, alignment: 8)
        defer { buffer.deallocate() }
        let highBits: UInt64 = 0x8080_8080_8080_8080
        while true {
            let count = stream.read(into: buffer)
            if count == 0 { break }
            var index = 0
            while index < count {
                if !validator.isInsideSequence {
                    if index + 32 <= count {
                        let words = buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                            | buffer.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
                            | buffer.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self)
                            | buffer.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self)
                        if words & highBits == 0 {
                            index += 32
                            continue
                        }
                    }
                    if index + 8 <= count, buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self) & highBits == 0 {
                        index += 8
                        continue
                    }
                }
                guard validator.accept(buffer[index]) else { return .windows1252 }
                index += 1
            }
        }
        return validator.isInsideSequence ? .windows1252 : .utf8
    }
}
