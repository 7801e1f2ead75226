#if canImport(CZlib)
import CZlib
#elseif canImport(zlib)
import zlib
#endif
public import EvidentModel

/// One zip entry's unpacked bytes, handed out a chunk at a time, so a part of any size is read
/// in flat memory (an `.xlsx` sheet, a `.qdpx` project's XML).
///
/// Bounded while it runs, whatever the headers said: it never hands out more bytes than the
/// entry declares (`ZipLimits` checked that declaration), and at the end it checks the count
/// and the CRC-32. Inflating is zlib's (raw deflate), the library ZIPFoundation links; its
/// `z_stream` lives at a fixed address for the stream's life, as zlib requires.
///
/// Not thread-safe: one stream is read by one thread at a time.
public final class ZipEntryStream {
    /// The entry being read.
    public let entry: ZipEntry
    private let storage: ZipStorage
    private let file: String
    private let zlib: UnsafeMutablePointer<z_stream>?
    private var input: [UInt8] = []
    private var packedRead: UInt64 = 0
    private var crc: UInt = 0
    /// Bytes handed out so far.
    public private(set) var bytesOut: UInt64 = 0
    private var isFinished = false

    /// Whether every byte has been handed out and checked.
    public var isAtEnd: Bool { isFinished }

    static let chunkSize = 1 << 16

    init(entry: ZipEntry, storage: ZipStorage, file: String) throws(InputError) {
        self.entry = entry
        self.storage = storage
        self.file = file
        guard entry.method == 8 else {
            zlib = nil
            return
        }
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        guard inflateInit2_(stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            stream.deallocate()
            throw ZipRefusal.damaged(file, "cannot start unpacking \(entry.path)")
        }
        zlib = stream
    }

    deinit {
        if let zlib {
            inflateEnd(zlib)
            zlib.deallocate()
        }
    }

    /// The next chunk of unpacked bytes; empty once the entry is read whole (and checked).
    public func next() throws(InputError) -> [UInt8] {
        guard !isFinished else { return [] }
        if entry.uncompressedSize == 0 {
            isFinished = true
            let rest = zlib == nil ? [] : try nextInflated()
            guard rest.isEmpty else { throw ZipRefusal.sizeMismatch(file, entry.path, declared: 0) }
            return []
        }
        let chunk = zlib == nil ? nextStored() : try nextInflated()
        if chunk.isEmpty {
            isFinished = true
            guard bytesOut == entry.uncompressedSize else { throw ZipRefusal.sizeMismatch(file, entry.path, declared: entry.uncompressedSize) }
            guard UInt32(truncatingIfNeeded: crc) == entry.crc32 else { throw ZipRefusal.checksum(file, entry.path) }
            return []
        }
        bytesOut += UInt64(chunk.count)
        crc = chunk.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, uInt($0.count)) }
        if bytesOut == entry.uncompressedSize {
            // The declared size is reached: the entry must end here, and match its checksum.
            let rest = zlib == nil ? [] : try nextInflated()
            isFinished = true
            guard rest.isEmpty else { throw ZipRefusal.sizeMismatch(file, entry.path, declared: entry.uncompressedSize) }
            guard UInt32(truncatingIfNeeded: crc) == entry.crc32 else { throw ZipRefusal.checksum(file, entry.path) }
        }
        return chunk
    }

    private func nextStored() -> [UInt8] {
        let count = Int(min(UInt64(Self.chunkSize), entry.compressedSize - packedRead))
        let chunk = storage.read(at: entry.dataOffset + packedRead, count: count)
        packedRead += UInt64(chunk.count)
        return chunk
    }

    private func nextInflated() throws(InputError) -> [UInt8] {
        guard let zlib else { return [] }
        // Never more than the declared size is asked for, plus one byte to catch a liar.
        let room = entry.uncompressedSize - bytesOut
        let capacity = Int(min(UInt64(Self.chunkSize), room + 1))
        var output = [UInt8](repeating: 0, count: capacity)
        var produced = 0
        var ended = false
        while produced < capacity, !ended {
            if zlib.pointee.avail_in == 0 {
                input = storage.read(at: entry.dataOffset + packedRead, count: Int(min(UInt64(Self.chunkSize), entry.compressedSize - packedRead)))
                packedRead += UInt64(input.count)
            }
            let status = input.withUnsafeMutableBufferPointer { source in
                output.withUnsafeMutableBufferPointer { target in
                    if zlib.pointee.avail_in == 0 {
                        zlib.pointee.next_in = source.baseAddress
                        zlib.pointee.avail_in = uInt(source.count)
                    } else {
                        // Resume where the last call stopped inside the same input chunk.
                        let consumed = source.count - Int(zlib.pointee.avail_in)
                        zlib.pointee.next_in = source.baseAddress.map { $0 + consumed }
                    }
                    zlib.pointee.next_out = target.baseAddress.map { $0 + produced }
                    zlib.pointee.avail_out = uInt(capacity - produced)
                    let status = inflate(zlib, Z_NO_FLUSH)
                    produced = capacity - Int(zlib.pointee.avail_out)
                    return status
                }
            }
            switch status {
            case Z_STREAM_END: ended = true
            case Z_OK: continue
            case Z_BUF_ERROR where input.isEmpty:
                throw ZipRefusal.damaged(file, "\(entry.path) ends before its packed data does")
            case Z_BUF_ERROR: continue
            default: throw ZipRefusal.damaged(file, "\(entry.path) cannot be unpacked (deflate error \(status))")
            }
        }
        if UInt64(produced) > room { throw ZipRefusal.sizeMismatch(file, entry.path, declared: entry.uncompressedSize) }
        output.removeSubrange(produced...)
        return output
    }
}
