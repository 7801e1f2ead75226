public import EvidentModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a delimited export record by record, in constant memory (study spec §3).
///
/// - Encodings: UTF-8 with or without BOM, UTF-16LE/BE with BOM, Windows-1252 when the bytes
///   are not valid UTF-8 (see `TextEncoding`). A BOM-declared file with invalid bytes is refused
///   naming the line; nothing is decoded with replacement characters.
/// - Delimiter: comma, semicolon or tab, sniffed from the first records (`DelimiterSniffer`).
/// - RFC 4180 quoting: quoted fields may hold delimiters, doubled quotes and line breaks (kept
///   exactly as written, CRLF included). Like Excel, text after a closing quote is kept, and a
///   quote inside an unquoted field is an ordinary character.
/// - Line ends: LF, CRLF, or a lone CR.
/// - Refusals: an unterminated quoted field (naming the line and column where it opened) and a
///   field longer than `fieldLimit` bytes (naming its line). The limit (1 MiB) is not an option
///   of any command: no spreadsheet cell holds more than 32,767 characters, so a longer field is
///   a quote left open, and the help says to look for it rather than to raise the limit.
/// - Blank lines are skipped and not counted.
public final class CSVReader {
    public struct Options: Sendable, Hashable {
        /// Longest field accepted, in UTF-8 bytes (default 1 MiB).
        public var fieldLimit: Int
        /// A fixed delimiter, or `nil` to sniff one.
        public var delimiter: Delimiter?
        /// Bytes read from the file at a time.
        public var chunkSize: Int
        /// Whether to compute the file's SHA-256 (reports name it; `evident code` need not).
        public var hashing: Bool

        public init(fieldLimit: Int = 1 << 20, delimiter: Delimiter? = nil, chunkSize: Int = 1 << 20, hashing: Bool = true) {
            self.fieldLimit = fieldLimit
            self.delimiter = delimiter
            self.chunkSize = chunkSize
            self.hashing = hashing
        }
    }

    public let displayPath: String
    public let encoding: TextEncoding
    public let delimiter: Delimiter
    private let options: Options
    private let stream: ByteStream
    private var transcoder: Transcoder
    private var buffer: [UInt8] = []
    private var position = 0
    private var state = CSVParserState()
    private let fileSize: Int

    /// Opens `path` (shown to the user as `displayPath`), detects its encoding and delimiter.
    public init(path: String, displayPath: String, options: Options = Options()) throws(InputError) {
        self.displayPath = displayPath
        self.options = options
        stream = try ByteStream(path: path, displayPath: displayPath, chunkSize: options.chunkSize, hashing: options.hashing)
        var status = stat()
        fileSize = stat(path, &status) == 0 ? Int(status.st_size) : 0
        let first = stream.next()
        encoding = try EncodingDetector.detect(path: path, displayPath: displayPath, head: first)
        transcoder = Transcoder(encoding: encoding)
        try Self.transcode(Array(first.dropFirst(encoding.bomLength)), with: &transcoder, into: &buffer,
                           isFinal: stream.isAtEnd, file: displayPath)
        let sampleSize = 64 * 1024
        while buffer.count < sampleSize, !stream.isAtEnd {
            try Self.transcode(stream.next(), with: &transcoder, into: &buffer, isFinal: stream.isAtEnd, file: displayPath)
        }
        delimiter = options.delimiter
            ?? DelimiterSniffer.sniff(buffer.prefix(sampleSize), isWholeFile: stream.isAtEnd && buffer.count <= sampleSize)
    }

    /// SHA-256 of the file's bytes, complete once `next()` has returned `nil`; empty when the
    /// reader was asked not to hash.
    public var sha256: String { options.hashing ? stream.digest() : "" }

    /// How much of the file has been read so far, from 0 to 1 (for progress displays).
    public var fractionRead: Double {
        guard fileSize > 0 else { return 1 }
        return min(1, Double(stream.bytesRead) / Double(fileSize))
    }

    /// The next record, or `nil` at the end of the file.
    public func next() throws(InputError) -> CSVRecord? {
        while true {
            let outcome = buffer.withUnsafeBufferPointer { bytes in
                state.parse(bytes, from: &position, delimiter: delimiter.rawValue, fieldLimit: options.fieldLimit)
            }
            switch outcome {
            case .record(let record):
                return record
            case .fieldTooLong(let line, let column):
                throw InputError(
                    "field longer than \(Self.describe(bytes: options.fieldLimit))",
                    at: SourceLocation(file: displayPath, line: line, column: column),
                    help: "a field this long means a quote that never closes (a spreadsheet cell holds at most 32,767 characters): check the quotes from this line on"
                )
            case .needMoreInput:
                if stream.isAtEnd {
                    return try finish()
                }
                buffer.removeSubrange(..<position)
                position = 0
                try Self.transcode(stream.next(), with: &transcoder, into: &buffer, isFinal: stream.isAtEnd, file: displayPath)
            }
        }
    }

    private func finish() throws(InputError) -> CSVRecord? {
        switch state.finish() {
        case .record(let record):
            return record
        case .unterminatedQuote(let line, let column):
            throw InputError(
                "unterminated quoted field", at: SourceLocation(file: displayPath, line: line, column: column),
                help: "the quote opened here never closes; add the closing \" or remove the stray one"
            )
        case .none:
            return nil
        }
    }

    private static func transcode(
        _ bytes: [UInt8], with transcoder: inout Transcoder, into buffer: inout [UInt8], isFinal: Bool, file: String
    ) throws(InputError) {
        // UTF-8 that the parser has no bytes left of is checked and then parsed where it lies.
        let passThrough = transcoder.passesThrough && buffer.isEmpty
        let failure = bytes.withUnsafeBytes { raw -> Transcoder.Failure? in
            do throws(Transcoder.Failure) {
                if passThrough {
                    try transcoder.validate(raw, isFinal: isFinal)
                } else {
                    try transcoder.transcode(raw, into: &buffer, isFinal: isFinal)
                }
                return nil
            } catch {
                return error
            }
        }
        if passThrough, failure == nil { buffer = bytes }
        if let error = failure {
            let declared = transcoder.encoding == .utf8BOM ? " in a file whose byte order mark declares UTF-8" : ""
            throw InputError(
                "\(error.message)\(declared)", at: SourceLocation(file: file, line: error.line, column: error.column),
                help: "re-save the file as UTF-8 (in Excel: CSV UTF-8), or remove the damaged characters"
            )
        }
    }

    private static func describe(bytes: Int) -> String {
        if bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
