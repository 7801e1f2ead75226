import EvidentModel

/// Reads a `.txt` or `.md` transcript whole: its bytes decoded by the study spec's rule (a byte
/// order mark decides; else valid UTF-8 is UTF-8 and anything else Windows-1252), nothing
/// replaced, line ends kept. The byte order mark is not part of the text.
enum PlainTranscriptReader {
    /// The decoded text with the encoding actually read.
    struct Decoded {
        var source: TranscriptSource
        var encoding: TextEncoding
    }

    static func decode(_ bytes: [UInt8], file: String) throws(InputError) -> Decoded {
        let encoding = TextEncoding.fromByteOrderMark(bytes) ?? (isUTF8(bytes) ? .utf8 : .windows1252)
        var transcoder = Transcoder(encoding: encoding)
        var output: [UInt8] = []
        let body = bytes.dropFirst(encoding.bomLength)
        let failure = body.withUnsafeBytes { raw -> Transcoder.Failure? in
            do throws(Transcoder.Failure) {
                try transcoder.transcode(raw, into: &output, isFinal: true)
                return nil
            } catch {
                return error
            }
        }
        if let failure {
            let declared = encoding == .utf8BOM ? " in a file whose byte order mark declares UTF-8" : ""
            throw TranscriptProblem.encoding(file, failure.message + declared, line: failure.line, column: failure.column)
        }
        let scalars = Array(String(decoding: output, as: UTF8.self).unicodeScalars)
        return Decoded(source: TranscriptSource(scalars: scalars), encoding: encoding)
    }

    private static func isUTF8(_ bytes: [UInt8]) -> Bool {
        var validator = UTF8Validator()
        for byte in bytes where !validator.accept(byte) { return false }
        return !validator.isInsideSequence
    }
}
