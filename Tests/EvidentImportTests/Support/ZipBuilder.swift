#if canImport(CZlib)
import CZlib
#elseif canImport(zlib)
import zlib
#endif

/// Writes zip archives byte by byte, honest or hostile: sizes that lie, entries that share
/// packed bytes, names listed twice, zip64 records. ZIPFoundation only writes honest zips.
struct ZipBuilder {
    struct Part {
        var name: String
        var data: [UInt8]
        var deflate = true
        /// Declared unpacked size, when it should differ from the data's.
        var declaredSize: UInt64?
        /// Declared packed size, when it should differ from the packed data's.
        var declaredPacked: UInt64?
        /// Index of an earlier part whose local header this one's directory record points at.
        var sharing: Int?
        var flags: UInt16 = 0x0800
        var method: UInt16?
        var crc: UInt32?
    }

    var parts: [Part] = []
    /// Write every size and offset through zip64 records.
    var zip64 = false

    mutating func add(_ name: String, _ text: String, deflate: Bool = true) {
        parts.append(Part(name: name, data: Array(text.utf8), deflate: deflate))
    }

    func bytes() -> [UInt8] {
        var out: [UInt8] = []
        var records: [(offset: UInt64, packed: UInt64, size: UInt64, crc: UInt32, method: UInt16, flags: UInt16, name: [UInt8])] = []
        for part in parts {
            let name = Array(part.name.utf8)
            if let shared = part.sharing {
                var record = records[shared]
                record.name = name
                record.size = part.declaredSize ?? record.size
                records.append(record)
                continue
            }
            let packed = part.deflate ? Self.packed(part.data) : part.data
            let crc = part.crc ?? Self.crc(part.data)
            let method = part.method ?? (part.deflate ? 8 : 0)
            let size = part.declaredSize ?? UInt64(part.data.count)
            let packedSize = part.declaredPacked ?? UInt64(packed.count)
            let offset = UInt64(out.count)
            out += Self.le32(0x0403_4B50) + Self.le16(20) + Self.le16(part.flags) + Self.le16(method) + Self.le32(0)
            out += Self.le32(crc) + Self.le32(UInt32(truncatingIfNeeded: packedSize)) + Self.le32(UInt32(truncatingIfNeeded: size))
            out += Self.le16(UInt16(name.count)) + Self.le16(0) + name + packed
            records.append((offset, packedSize, size, crc, method, part.flags, name))
        }
        let directoryStart = UInt64(out.count)
        for record in records {
            let extra: [UInt8] = zip64 ? Self.le16(1) + Self.le16(24) + Self.le64(record.size) + Self.le64(record.packed) + Self.le64(record.offset) : []
            let wide: UInt32 = 0xFFFF_FFFF
            out += Self.le32(0x0201_4B50) + Self.le16(0x031E) + Self.le16(45) + Self.le16(record.flags) + Self.le16(record.method)
            out += Self.le32(0) + Self.le32(record.crc)
            out += Self.le32(zip64 ? wide : UInt32(truncatingIfNeeded: record.packed))
            out += Self.le32(zip64 ? wide : UInt32(truncatingIfNeeded: record.size))
            out += Self.le16(UInt16(record.name.count)) + Self.le16(UInt16(extra.count)) + Self.le16(0) + Self.le16(0) + Self.le16(0)
            out += Self.le32(0) + Self.le32(zip64 ? wide : UInt32(truncatingIfNeeded: record.offset)) + record.name + extra
        }
        let directorySize = UInt64(out.count) - directoryStart
        if zip64 {
            let zip64At = UInt64(out.count)
            out += Self.le32(0x0606_4B50) + Self.le64(44) + Self.le16(45) + Self.le16(45) + Self.le32(0) + Self.le32(0)
            out += Self.le64(UInt64(records.count)) + Self.le64(UInt64(records.count)) + Self.le64(directorySize) + Self.le64(directoryStart)
            out += Self.le32(0x0706_4B50) + Self.le32(0) + Self.le64(zip64At) + Self.le32(1)
        }
        out += Self.le32(0x0605_4B50) + Self.le16(0) + Self.le16(0)
        out += Self.le16(zip64 ? 0xFFFF : UInt16(records.count)) + Self.le16(zip64 ? 0xFFFF : UInt16(records.count))
        out += Self.le32(zip64 ? 0xFFFF_FFFF : UInt32(directorySize)) + Self.le32(zip64 ? 0xFFFF_FFFF : UInt32(directoryStart)) + Self.le16(0)
        return out
    }

    static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    static func le32(_ value: UInt32) -> [UInt8] { le16(UInt16(value & 0xFFFF)) + le16(UInt16(value >> 16)) }
    static func le64(_ value: UInt64) -> [UInt8] { le32(UInt32(value & 0xFFFF_FFFF)) + le32(UInt32(value >> 32)) }

    static func crc(_ bytes: [UInt8]) -> UInt32 {
        UInt32(bytes.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) })
    }

    /// Raw deflate (no zlib header), as zip entries hold it.
    static func packed(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        deflateInit2_(&stream, 9, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        defer { deflateEnd(&stream) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(bytes.count))) + 16)
        let produced = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                deflate(&stream, Z_FINISH)
                return target.count - Int(stream.avail_out)
            }
        }
        return Array(output[..<produced])
    }
}
