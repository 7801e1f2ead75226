import EvidentModel

/// Decides an export's text encoding by the study spec's rule: a byte order mark decides;
/// without one, a file that is valid UTF-8 throughout is UTF-8, and anything else is
/// Windows-1252 (what Excel's "CSV (Comma delimited)" writes on UK machines).
enum EncodingDetector {
    /// Detects the encoding of the file at `path`, reading it once in chunks when there is no
    /// byte order mark. O(file size), constant memory.
    static func detect(path: String, displayPath: String, head: [UInt8]) throws(InputError) -> TextEncoding {
        if let declared = TextEncoding.fromByteOrderMark(head) { return declared }
        let stream = try ByteStream(path: path, displayPath: displayPath)
        var validator = UTF8Validator()
        while true {
            let chunk = stream.next()
            if chunk.isEmpty { break }
            for byte in chunk where !validator.accept(byte) {
                return .windows1252
            }
        }
        return validator.isInsideSequence ? .windows1252 : .utf8
    }
}
