/// One entry of a zip's central directory, as `ZipArchive` checked it.
public struct ZipEntry: Sendable, Hashable {
    /// The path inside the archive, as written (`word/document.xml`, `sources/a.txt`).
    public let path: String
    /// Bytes the entry unpacks to, as the central directory declares (and as inflating checks).
    public let uncompressedSize: UInt64
    /// Bytes the entry takes in the archive.
    public let compressedSize: UInt64
    /// Whether it is a folder (its path ends in `/`).
    public var isFolder: Bool { path.hasSuffix("/") }

    /// 0 stored, 8 deflated: the only two methods read.
    let method: UInt16
    let flags: UInt16
    let crc32: UInt32
    /// Where its local header starts.
    let headerOffset: UInt64
    /// Where its packed bytes start (after the local header, its name and extra field).
    var dataOffset: UInt64 = 0

    /// The path as compared for duplicates and looked up: lower case, `\` read as `/`, without a
    /// leading `./` or `/` — the spellings under which two tools could take two entries for one.
    public var key: String { Self.key(path) }

    static func key(_ path: String) -> String {
        var key = Substring(String(path.lowercased().map { $0 == "\\" ? "/" : $0 }))
        while key.hasPrefix("./") || key.hasPrefix("/") { key = key.hasPrefix("/") ? key.dropFirst() : key.dropFirst(2) }
        return String(key)
    }
}
