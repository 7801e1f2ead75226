import Dispatch

/// The chunks of a file for `XMLStreamReader`, each one after the first read (and hashed) on
/// another core while the parser works through the one before, so that reading and SHA-256
/// (about a tenth of the time on a large file) overlap parsing instead of adding to it.
///
/// A file that fits in one chunk is read on the caller's thread, with no other thread involved
/// (ODK exports are folders of thousands of small files). At most one chunk is read ahead, so
/// memory holds two chunks besides libxml2's own buffer.
///
/// `@unchecked Sendable`: `stream` and `ahead` are touched by the background read only between
/// `group.enter()` and `group.leave()`, and by the caller only when no read is in flight or after
/// `group.wait()`, which orders the two.
final class XMLChunkReader: @unchecked Sendable {
    private let stream: ByteStream
    private let group = DispatchGroup()
    /// The chunk read ahead, once the read in flight (if any) has finished.
    private var ahead: [UInt8] = []
    private var isReadingAhead = false
    /// Bytes handed to the caller so far.
    private(set) var bytesRead = 0

    init(stream: ByteStream) {
        self.stream = stream
    }

    /// The next chunk (empty once the file is exhausted) and whether it is the last.
    func next() -> (bytes: [UInt8], isLast: Bool) {
        let chunk: [UInt8]
        if isReadingAhead {
            group.wait()
            isReadingAhead = false
            chunk = ahead
            ahead = []
        } else {
            chunk = stream.next()
        }
        let isLast = stream.isAtEnd
        if !isLast { readAhead() }
        bytesRead += chunk.count
        return (chunk, isLast)
    }

    /// SHA-256 of the bytes read so far (read ahead included), as lowercase hex: the whole file's
    /// once `next()` has said the last chunk.
    func digest() -> String {
        if isReadingAhead { group.wait() }
        return stream.digest()
    }

    private func readAhead() {
        isReadingAhead = true
        group.enter()
        DispatchQueue.global().async { [self] in
            ahead = stream.next()
            group.leave()
        }
    }
}
