public import EvidentModel

/// **The one way Evident reads a zip** — `.qdpx` projects, `.docx` transcripts and `.xlsx`
/// workbooks alike. Readers of a zip-based format open it here and read its parts through
/// `contents(of:)` or `stream(_:)`; none opens a zip any other way (ZIPFoundation is for writing).
///
/// Everything a zip bomb relies on is refused from the central directory, before one byte is
/// inflated, with the limit named in the error (`ZipLimits`): too many entries, a file or the
/// whole archive unpacking past its size limit, a compression ratio past 200:1, entries that
/// share packed bytes (overlapping entries), and one name listed twice — exactly or in another
/// case, `\` for `/` or with a leading `./` (duplicate entries, which tools resolve differently:
/// Python's `zipfile` takes the last, ZIPFoundation the first). Encrypted entries and methods
/// other than stored and deflated are refused when read. Inflating checks again: an entry that
/// unpacks past its declared size is stopped there, and its CRC-32 is checked at its end.
///
/// Nothing is unpacked to disk: parts are read into memory (`contents(of:)`, bounded) or
/// streamed in chunks (`stream(_:)`), so no run, even a killed one, leaves a temporary file.
///
/// Not thread-safe: one archive is read by one thread at a time.
public final class ZipArchive {
    /// The archive as shown to the user.
    public let file: String
    /// Its entries (files and folders) in central directory order.
    public let entries: [ZipEntry]
    /// The limits it was checked against.
    public let limits: ZipLimits
    private let storage: ZipStorage
    private let byKey: [String: Int]

    /// Opens the zip at `path` (shown as `file`) and checks it against `limits`.
    public convenience init(path: String, file: String, limits: ZipLimits = ZipLimits()) throws(InputError) {
        guard let storage = ZipStorage(path: path) else {
            throw InputError("cannot open the file", at: SourceLocation(file: file), help: "check that the file exists and is readable")
        }
        try self.init(storage: storage, file: file, limits: limits)
    }

    /// Reads a zip already in memory (shown as `file`) and checks it against `limits`.
    public convenience init(bytes: [UInt8], file: String, limits: ZipLimits = ZipLimits()) throws(InputError) {
        try self.init(storage: ZipStorage(bytes: bytes), file: file, limits: limits)
    }

    private init(storage: ZipStorage, file: String, limits: ZipLimits) throws(InputError) {
        self.storage = storage
        self.file = file
        self.limits = limits
        var directory = ZipCentralDirectory(storage: storage, file: file, limits: limits)
        var entries = try directory.entries()
        try Self.checkSizes(entries, file: file, limits: limits)
        var byKey: [String: Int] = [:]
        for (index, entry) in entries.enumerated() where !entry.isFolder {
            if let first = byKey[entry.key] { throw ZipRefusal.duplicate(file, entries[first].path, entry.path) }
            byKey[entry.key] = index
        }
        try Self.locateData(&entries, in: storage, file: file, directoryStart: directory.start)
        self.entries = entries
        self.byKey = byKey
    }

    /// The file at `path`, matched as `ZipEntry.key` matches (without regard to case); `nil`
    /// when there is none.
    public func entry(_ path: String) -> ZipEntry? {
        byKey[ZipEntry.key(path)].map { entries[$0] }
    }

    /// The files (not folders) whose keys start with `prefix` (lower case), in directory order.
    public func files(under prefix: String) -> [ZipEntry] {
        let prefix = ZipEntry.key(prefix)
        return entries.filter { !$0.isFolder && $0.key.hasPrefix(prefix) }
    }

    /// The whole of `entry`, unpacked and checked; refused past `limit` bytes (by default the
    /// archive's `entrySize`) before it is inflated.
    public func contents(of entry: ZipEntry, limit: UInt64? = nil) throws(InputError) -> [UInt8] {
        let limit = min(limit ?? limits.entrySize, limits.entrySize)
        guard entry.uncompressedSize <= limit else {
            throw ZipRefusal.entryTooLarge(file, entry.path, size: entry.uncompressedSize, limit: limit)
        }
        let stream = try stream(entry)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        while true {
            let chunk = try stream.next()
            if chunk.isEmpty { return bytes }
            bytes += chunk
        }
    }

    /// A stream of `entry`'s unpacked bytes, in chunks of up to 64 KiB.
    public func stream(_ entry: ZipEntry) throws(InputError) -> ZipEntryStream {
        guard entry.flags & 1 == 0 else { throw ZipRefusal.encrypted(file, entry.path) }
        guard entry.method == 0 || entry.method == 8 else { throw ZipRefusal.method(file, entry.path, method: entry.method) }
        return try ZipEntryStream(entry: entry, storage: storage, file: file)
    }

    private static func checkSizes(_ entries: [ZipEntry], file: String, limits: ZipLimits) throws(InputError) {
        var total: UInt64 = 0
        for entry in entries {
            if entry.uncompressedSize > limits.entrySize {
                throw ZipRefusal.entryTooLarge(file, entry.path, size: entry.uncompressedSize, limit: limits.entrySize)
            }
            if entry.uncompressedSize > limits.ratioFloor, entry.uncompressedSize / max(entry.compressedSize, 1) > limits.ratio {
                throw ZipRefusal.ratio(file, entry.path, ratio: entry.uncompressedSize / max(entry.compressedSize, 1), limit: limits.ratio)
            }
            if entry.method == 0, entry.uncompressedSize != entry.compressedSize {
                throw ZipRefusal.damaged(file, "\(entry.path) is stored unpacked but its two sizes differ")
            }
            total += entry.uncompressedSize
            if total > limits.totalSize { throw ZipRefusal.totalTooLarge(file, size: total, limit: limits.totalSize) }
        }
    }

    /// Reads each entry's local header to find where its packed bytes start, and refuses entries
    /// whose bytes overlap one another or the central directory.
    private static func locateData(
        _ entries: inout [ZipEntry], in storage: ZipStorage, file: String, directoryStart: UInt64
    ) throws(InputError) {
        for index in entries.indices {
            let header = ZipBytes(storage.read(at: entries[index].headerOffset, count: 30))
            guard header.count == 30, header.uint32(0) == 0x0403_4B50 else {
                throw ZipRefusal.damaged(file, "\(entries[index].path) has no local header where the directory says")
            }
            entries[index].dataOffset = entries[index].headerOffset + 30 + UInt64(header.uint16(26)) + UInt64(header.uint16(28))
        }
        let spans = entries.indices.sorted { entries[$0].headerOffset < entries[$1].headerOffset }
        var previous: Int?
        for index in spans {
            let entry = entries[index]
            let (end, overflow) = entry.dataOffset.addingReportingOverflow(entry.compressedSize)
            guard !overflow, end <= directoryStart else {
                throw ZipRefusal.damaged(file, "\(entry.path) runs past the end of the archive's data")
            }
            if let previous, entries[previous].dataOffset + entries[previous].compressedSize > entry.headerOffset {
                throw ZipRefusal.overlap(file, entries[previous].path, entry.path)
            }
            previous = index
        }
    }
}
