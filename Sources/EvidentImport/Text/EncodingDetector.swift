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
        while true {
            let chunk = stream.next()
            if chunk.isEmpty { break }
            let valid = chunk.withUnsafeBufferPointer { bytes -> Bool in
                guard let base = bytes.baseAddress else { return true }
                var index = 0
                while index < bytes.count {
                    // ASCII runs, eight bytes at a time, need no state.
                    if !validator.isInsideSequence, index + 8 <= bytes.count,
                       UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        index += 8
                        continue
                    }
                    guard validator.accept(bytes[index]) else { return false }
                    index += 1
                }
                return true
            }
            if !valid { return .windows1252 }
        }
        return validator.isInsideSequence ? .windows1252 : .utf8
    }
}
