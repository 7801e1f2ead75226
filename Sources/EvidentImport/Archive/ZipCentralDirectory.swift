import EvidentModel

/// Reads a zip's end records and central directory (PKWARE APPNOTE 6.3.10, §4.3), zip64
/// included, into `ZipEntry`s, refusing an archive past its `ZipLimits` before reading more
/// than its headers.
///
/// Written by hand rather than through ZIPFoundation, which the suite still uses to *write* zips:
/// ZIPFoundation keeps each entry's local header offset internal, so overlapping entries (the
/// bomb that reuses one packed stream for many entries) cannot be seen through it.
struct ZipCentralDirectory {
    let storage: ZipStorage
    let file: String
    let limits: ZipLimits

    /// Where the central directory starts; every entry's bytes must end before it.
    private(set) var start: UInt64 = 0

    /// The entries in central directory order.
    mutating func entries() throws(InputError) -> [ZipEntry] {
        let end = try endRecord()
        guard end.count <= UInt64(limits.entryCount) else {
            throw ZipRefusal.tooManyEntries(file, count: end.count, limit: limits.entryCount)
        }
        guard end.offset <= storage.size, end.size <= storage.size - end.offset else {
            throw ZipRefusal.damaged(file, "the central directory lies outside the file")
        }
        start = end.offset
        let directory = ZipBytes(storage.read(at: end.offset, count: Int(end.size)))
        var entries: [ZipEntry] = []
        entries.reserveCapacity(Int(end.count))
        var at = 0
        for _ in 0..<end.count {
            guard directory.uint32(at) == 0x0201_4B50 else {
                throw ZipRefusal.damaged(file, "entry \(entries.count + 1) of the central directory has no header")
            }
            let nameLength = Int(directory.uint16(at + 28))
            let extraLength = Int(directory.uint16(at + 30))
            let commentLength = Int(directory.uint16(at + 32))
            guard at + 46 + nameLength + extraLength + commentLength <= directory.count else {
                throw ZipRefusal.damaged(file, "the central directory is cut short")
            }
            let name = directory.text(at + 46, count: nameLength)
            var compressed = UInt64(directory.uint32(at + 20))
            var uncompressed = UInt64(directory.uint32(at + 24))
            var offset = UInt64(directory.uint32(at + 42))
            // A zip64 extra field (id 1) carries, in order, each of the three that is 0xFFFFFFFF.
            var extra = at + 46 + nameLength
            let extraEnd = extra + extraLength
            while extra + 4 <= extraEnd {
                let id = directory.uint16(extra)
                let length = Int(directory.uint16(extra + 2))
                var field = extra + 4
                if id == 1 {
                    let fieldEnd = extra + 4 + length
                    if uncompressed == 0xFFFF_FFFF, field + 8 <= fieldEnd { uncompressed = directory.uint64(field); field += 8 }
                    if compressed == 0xFFFF_FFFF, field + 8 <= fieldEnd { compressed = directory.uint64(field); field += 8 }
                    if offset == 0xFFFF_FFFF, field + 8 <= fieldEnd { offset = directory.uint64(field) }
                }
                extra += 4 + length
            }
            entries.append(ZipEntry(
                path: name, uncompressedSize: uncompressed, compressedSize: compressed,
                method: directory.uint16(at + 10), flags: directory.uint16(at + 8), crc32: directory.uint32(at + 16),
                headerOffset: offset
            ))
            at += 46 + nameLength + extraLength + commentLength
        }
        return entries
    }

    private struct EndRecord {
        var count: UInt64
        var size: UInt64
        var offset: UInt64
    }

    /// The end of central directory record, read through its zip64 twin where it points to one.
    private func endRecord() throws(InputError) -> EndRecord {
        // The record is 22 bytes plus a comment of up to 65,535: search the tail backwards.
        let tailLength = Int(min(storage.size, 22 + 65_535))
        guard tailLength >= 22 else { throw ZipRefusal.notZip(file) }
        let tailStart = storage.size - UInt64(tailLength)
        let tail = ZipBytes(storage.read(at: tailStart, count: tailLength))
        var at = tail.count - 22
        while at >= 0, tail.uint32(at) != 0x0605_4B50 { at -= 1 }
        guard at >= 0 else { throw ZipRefusal.notZip(file) }
        guard tail.uint16(at + 4) == 0, tail.uint16(at + 6) == 0 else {
            throw ZipRefusal.damaged(file, "it is split across several files (a multi-part zip)")
        }
        var record = EndRecord(
            count: UInt64(tail.uint16(at + 10)), size: UInt64(tail.uint32(at + 12)), offset: UInt64(tail.uint32(at + 16))
        )
        let locatorAt = tailStart + UInt64(at)
        guard locatorAt >= 20 else { return record }
        let locator = ZipBytes(storage.read(at: locatorAt - 20, count: 20))
        guard locator.uint32(0) == 0x0706_4B50 else { return record }
        let zip64At = locator.uint64(8)
        let zip64 = ZipBytes(storage.read(at: zip64At, count: 56))
        guard zip64.count == 56, zip64.uint32(0) == 0x0606_4B50 else {
            throw ZipRefusal.damaged(file, "its zip64 end record is missing")
        }
        record = EndRecord(count: zip64.uint64(32), size: zip64.uint64(40), offset: zip64.uint64(48))
        return record
    }
}

/// Little-endian fields of a header read into memory; reads past the end give 0.
struct ZipBytes {
    let bytes: [UInt8]
    init(_ bytes: [UInt8]) { self.bytes = bytes }
    var count: Int { bytes.count }

    func uint16(_ at: Int) -> UInt16 {
        guard at >= 0, at + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    func uint32(_ at: Int) -> UInt32 {
        guard at >= 0, at + 4 <= bytes.count else { return 0 }
        return UInt32(uint16(at)) | UInt32(uint16(at + 2)) << 16
    }

    func uint64(_ at: Int) -> UInt64 {
        guard at >= 0, at + 8 <= bytes.count else { return 0 }
        return UInt64(uint32(at)) | UInt64(uint32(at + 4)) << 32
    }

    /// The name at `at`: UTF-8 where it is valid (every tool writing these formats uses it),
    /// else each byte read as Latin-1 so no name is lost.
    func text(_ at: Int, count: Int) -> String {
        let slice = bytes[at..<at + count]
        if let text = String(validating: slice, as: UTF8.self) { return text }
        return String(String.UnicodeScalarView(slice.map { Unicode.Scalar($0) }))
    }
}
