import EvidentFormats

/// Name-based GUIDs (RFC 4122 §4.3, version 5: SHA-1 of a namespace and a name), so the same
/// codebook or study always exports the same GUIDs and a re-export replaces, not duplicates,
/// what a QDA tool imported before.
///
/// The tree of namespaces, each a version-5 UUID of its parent:
/// - Evident's root: `uuid5(NAMESPACE_URL, "urn:evident:qda")`
/// - a codebook: `uuid5(root, "codebook:" + name)`; a code: `uuid5(codebook, "code:" + id)`
/// - a study's project: `uuid5(root, "project:" + title)`, and below it data sets, sources,
///   answers, segments and codings (see `QDPXWriter`).
///
/// Python's `uuid.uuid5` gives the same values (checked in tests).
public struct StableGUID: Sendable, Hashable, CustomStringConvertible {
    /// The 16 bytes, big-endian as written.
    public let bytes: [UInt8]

    /// RFC 4122 Appendix C's URL namespace, `6ba7b811-9dad-11d1-80b4-00c04fd430c8`.
    public static let urlNamespace = StableGUID(bytes: [
        0x6B, 0xA7, 0xB8, 0x11, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8,
    ])

    /// Evident's root namespace.
    public static let evident = StableGUID.v5(namespace: urlNamespace, name: "urn:evident:qda")

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Parses `8-4-4-4-12` hex, with or without braces, in either case.
    public init?(_ text: String) {
        let hex = QDACodebook.normalised(text).filter { $0 != "-" }
        guard hex.count == 32 else { return nil }
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            guard let byte = UInt8(hex[index..<next], radix: 16) else { return nil }
            bytes.append(byte)
            index = next
        }
        self.bytes = bytes
    }

    /// The version-5 UUID of `name` (as UTF-8) in `namespace`.
    public static func v5(namespace: StableGUID, name: String) -> StableGUID {
        var digest = SHA1.digest(of: namespace.bytes + Array(name.utf8))
        digest[6] = (digest[6] & 0x0F) | 0x50
        digest[8] = (digest[8] & 0x3F) | 0x80
        return StableGUID(bytes: Array(digest.prefix(16)))
    }

    /// A GUID below this one: `v5(namespace: self, name: name)`.
    public func child(_ name: String) -> StableGUID {
        Self.v5(namespace: self, name: name)
    }

    /// The namespace of a codebook's codes.
    public static func codebook(_ name: String) -> StableGUID {
        evident.child("codebook:" + name)
    }

    /// The GUID of code `id` in the codebook called `codebookName`.
    public static func code(_ id: String, inCodebook codebookName: String) -> StableGUID {
        codebook(codebookName).child("code:" + id)
    }

    /// Lowercase `8-4-4-4-12` hex, the REFI-QDA `GUIDType` form.
    public var description: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for (index, byte) in bytes.enumerated() {
            if [4, 6, 8, 10].contains(index) { text.append(UInt8(ascii: "-")) }
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
