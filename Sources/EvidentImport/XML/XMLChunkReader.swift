import Dispatch
import EvidentModel

/// The chunks of an `XMLStreamReader`'s source. From a file, each one after the first is read
/// (and hashed) on another core while the parser works through the one before, so that reading
/// and SHA-256 (about a tenth of the time on a large file) overlap parsing instead of adding to it.
///
/// A file that fits in one chunk is read on the caller's thread, with no other thread involved
/// (ODK exports are folders of thousands of small files). At most one chunk is read ahead, so
/// memory holds two chunks besides libxml2's own buffer.
///
/// `@unchecked Sendable`: `source` and `ahead` are touched by the background read only between
/// `group.enter()` and `group.leave()`, and by the caller only when no read is in flight or after
/// `group.wait()`, which orders the two.
final class XMLChunkReader: @unchecked Sendable {
    private let source: any XMLByteSource
    private let readsAhead: Bool
    private let group = DispatchGroup()
    /// The chunk read ahead (or why it could not be), once the read in flight has finished.
    private var ahead: Result<[UInt8], InputError> = .success([])
    private var isReadingAhead = false
    /// Bytes handed to the caller so far.
    private(set) var bytesRead = 0

    /// Chunks of `source`, read ahead on another thread when `readsAhead` (only for a source no
    /// one else reads from meanwhile).
    init(source: any XMLByteSource, readsAhead: Bool) {
        self.source = source
        self.readsAhead = readsAhead
    }

    /// The next chunk (empty once the source is exhausted) and whether it is the last; throws
    /// when the source cannot be read.
    func next() throws(InputError) -> (bytes: [UInt8], isLast: Bool) {
        let chunk: [UInt8]
        if isReadingAhead {
            group.wait()
            isReadingAhead = false
            let result = ahead
            ahead = .success([])
            chunk = try result.get()
        } else {
            chunk = try source.nextChunk()
        }
        let isLast = source.isAtEnd
        if !isLast, readsAhead { readAhead() }
        bytesRead += chunk.count
        return (chunk, isLast)
    }

    /// SHA-256 of the bytes read so far (read ahead included), as lowercase hex: the whole file's
    /// once `next()` has said the last chunk.
    func digest() -> String {
        if isReadingAhead { group.wait() }
        return source.digest()
    }

    private func readAhead() {
        isReadingAhead = true
        group.enter()
        DispatchQueue.global().async { [self] in
            do throws(InputError) {
                ahead = .success(try source.nextChunk())
            } catch {
                ahead = .failure(error)
            }
            group.leave()
        }
    }
}
