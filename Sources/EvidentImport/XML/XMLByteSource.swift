import EvidentFormats
import EvidentModel

/// Where an `XMLStreamReader`'s bytes come from: a file (`ByteStream`) or a part of a zip
/// (`ZipEntryStream`, through `ZipArchive`), read a chunk at a time either way.
protocol XMLByteSource: AnyObject {
    /// The next chunk; empty once the bytes are exhausted. Throws when they cannot be read
    /// (a damaged zip entry).
    func nextChunk() throws(InputError) -> [UInt8]
    /// Whether the last chunk has been handed out.
    var isAtEnd: Bool { get }
    /// Bytes handed out so far.
    var bytesRead: Int { get }
    /// SHA-256 of the bytes handed out so far, lowercase hex.
    func digest() -> String
}

extension ByteStream: XMLByteSource {
    func nextChunk() throws(InputError) -> [UInt8] { next() }
}

/// A zip entry's bytes as an XML reader's source, hashed as they pass.
final class ZipXMLSource: XMLByteSource {
    private let stream: ZipEntryStream
    private var hasher = SHA256()

    init(_ stream: ZipEntryStream) {
        self.stream = stream
    }

    func nextChunk() throws(InputError) -> [UInt8] {
        let chunk = try stream.next()
        chunk.withUnsafeBytes { hasher.update($0) }
        return chunk
    }

    var isAtEnd: Bool { stream.isAtEnd }
    var bytesRead: Int { Int(stream.bytesOut) }

    func digest() -> String {
        var copy = hasher
        return copy.finalizeHex()
    }
}
