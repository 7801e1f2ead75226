/// The bounds every zip Evident reads is held to (`.qdpx`, `.docx`, `.xlsx`), checked against
/// the archive's central directory before a byte is inflated, and again while inflating, so a
/// zip bomb is refused in milliseconds and a lying header cannot slip past.
///
/// The defaults sit far above real exports (the real `.qdpx` files in the shared fixtures hold
/// 3 to 6 entries, unpack to under 200 KB and compress at most 5.5:1; office XML rarely passes
/// 30:1) and far below what hurts: a zip bomb's ratio runs to 1,000:1 and beyond.
public struct ZipLimits: Sendable, Hashable {
    /// Most entries (files and folders) an archive may list.
    public var entryCount: Int
    /// Most bytes all the archive's files may unpack to together, as the archive declares them.
    public var totalSize: UInt64
    /// Most bytes one file may unpack to.
    public var entrySize: UInt64
    /// Highest ratio of unpacked to packed size for one file...
    public var ratio: UInt64
    /// ...counted only for files that unpack to more than this, so a small, very regular part
    /// (an empty sheet's XML) is never refused for its ratio alone.
    public var ratioFloor: UInt64

    /// The defaults: 65,535 entries, 2 GiB in all, 1 GiB per file, 200:1 above 1 MiB.
    public init(
        entryCount: Int = 65_535, totalSize: UInt64 = 2 << 30, entrySize: UInt64 = 1 << 30,
        ratio: UInt64 = 200, ratioFloor: UInt64 = 1 << 20
    ) {
        self.entryCount = entryCount
        self.totalSize = totalSize
        self.entrySize = entrySize
        self.ratio = ratio
        self.ratioFloor = ratioFloor
    }

    /// A size in the units a person reads: `2 GiB`, `64 MiB`, `900 KiB`, `512 bytes`.
    static func describe(_ bytes: UInt64) -> String {
        if bytes >= 1 << 30, bytes % (1 << 30) == 0 { return "\(bytes >> 30) GiB" }
        if bytes >= 1 << 20 { return bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\((bytes + (1 << 19)) >> 20) MiB" }
        if bytes >= 1 << 10 { return "\((bytes + (1 << 9)) >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
