import EvidentModel
import Foundation
import ZIPFoundation

/// The one way the export readers open zip archives (`.xlsx`, `.docx`, and the sniffing that
/// tells them from `.qdpx` and other zips), bounded so that a hostile archive is refused before
/// it costs memory or disk:
/// - at most `Limits.entries` entries, and no two with the same name (ignoring case) — a zip
///   whose central directory names a part twice is ambiguous about which one a reader sees;
/// - an entry is read only up to its limit: a declared size over the limit is refused before
///   reading, and the bytes actually inflated are counted as they come (a size that lies is
///   caught too);
/// - an entry whose declared expansion ratio is over `Limits.ratio` (and that unpacks to more
///   than 1 MiB) is refused as a zip bomb.
///
/// Entries are inflated by ZIPFoundation with their CRC checked. Not thread-safe.
final class ZipEntries {
    struct Limits: Sendable, Hashable {
        var entries = 10_000
        var ratio: UInt64 = 200
        static let standard = Limits()
    }

    /// The archive as shown to the user.
    let file: String
    private let archive: Archive
    private let byName: [String: Entry]
    /// Every file entry's path, in archive order.
    let names: [String]
    private let limits: Limits

    /// Opens `path`; throws naming the file when it is not a readable zip or breaks a limit.
    init(path: String, displayPath: String, limits: Limits = .standard) throws(InputError) {
        file = displayPath
        self.limits = limits
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw InputError("the file is not a readable zip archive", at: SourceLocation(file: displayPath),
                             help: "it may be damaged or only partly downloaded: download or export it again")
        }
        var byName: [String: Entry] = [:]
        var names: [String] = []
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.entries else {
                throw InputError("the archive holds more than \(limits.entries) entries", at: SourceLocation(file: displayPath),
                                 help: "this is not a file a survey tool writes; check the file")
            }
            guard entry.type == .file else { continue }
            let key = entry.path.lowercased()
            guard byName[key] == nil else {
                throw InputError("the archive names '\(entry.path)' twice", at: SourceLocation(file: displayPath),
                                 help: "a zip with two entries of one name is ambiguous (or hostile); save the file again from the tool that wrote it")
            }
            byName[key] = entry
            names.append(entry.path)
        }
        self.byName = byName
        self.names = names
    }

    /// Whether the archive has a file at `name` (ignoring case).
    func contains(_ name: String) -> Bool {
        byName[name.lowercased()] != nil
    }

    /// The declared uncompressed size of `name`, when present.
    func size(of name: String) -> UInt64? {
        byName[name.lowercased()]?.uncompressedSize
    }

    /// The bytes of `name` (ignoring case), or `nil` when the archive has no such entry.
    func data(_ name: String, limit: Int) throws(InputError) -> [UInt8]? {
        guard let entry = try checked(name, limit: limit) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(min(entry.uncompressedSize, UInt64(limit))))
        try extract(entry, limit: limit) { chunk in bytes.append(contentsOf: chunk) }
        return bytes
    }

    /// Copies `name` into a new temporary file, in chunks (memory stays flat), and returns its
    /// path, or `nil` when the archive has no such entry; the caller removes the file.
    /// `watch` sees each chunk with its offset in the entry, as it is written.
    func spool(_ name: String, limit: Int, watch: (Data, Int) -> Void = { _, _ in }) throws(InputError) -> String? {
        guard let entry = try checked(name, limit: limit) else { return nil }
        let temporary = NSTemporaryDirectory() + "evident-zip-" + UUID().uuidString
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary) else {
            throw InputError("cannot write a temporary copy of \(entry.path)", at: SourceLocation(file: file),
                             help: "check there is room in the temporary folder (\(NSTemporaryDirectory()))")
        }
        var offset = 0
        var writeFailed = false
        do throws(InputError) {
            try extract(entry, limit: limit) { chunk in
                watch(chunk, offset)
                offset += chunk.count
                do { try handle.write(contentsOf: chunk) } catch { writeFailed = true }
            }
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        try? handle.close()
        if writeFailed {
            try? FileManager.default.removeItem(atPath: temporary)
            throw InputError("cannot write a temporary copy of \(entry.path)", at: SourceLocation(file: file))
        }
        return temporary
    }

    private func checked(_ name: String, limit: Int) throws(InputError) -> Entry? {
        guard let entry = byName[name.lowercased()] else { return nil }
        if entry.uncompressedSize > UInt64(limit) {
            throw tooLarge(entry, limit: limit)
        }
        let compressed = max(entry.compressedSize, 1)
        if entry.uncompressedSize > 1 << 20, entry.uncompressedSize / compressed > limits.ratio {
            throw InputError(
                "\(entry.path) would unpack \(entry.uncompressedSize / compressed) times larger than it is stored (a zip bomb)",
                at: SourceLocation(file: file), help: "no spreadsheet or document compresses like this; check where the file came from"
            )
        }
        return entry
    }

    private func extract(_ entry: Entry, limit: Int, body: (Data) -> Void) throws(InputError) {
        var total = 0
        var overLimit = false
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                total += chunk.count
                if total > limit {
                    overLimit = true
                    throw CocoaError(.fileReadTooLarge)
                }
                body(chunk)
            }
        } catch {
            if overLimit { throw tooLarge(entry, limit: limit) }
            throw InputError("cannot unpack \(entry.path): the archive is damaged", at: SourceLocation(file: file),
                             help: "download or export the file again")
        }
    }

    private func tooLarge(_ entry: Entry, limit: Int) -> InputError {
        InputError(
            "\(entry.path) is larger than \(ByteCount.describe(limit)) unpacked", at: SourceLocation(file: file),
            help: "this is far larger than any survey export; check the file (a zip bomb is refused this way)"
        )
    }
}

/// Byte counts as messages say them.
enum ByteCount {
    static func describe(_ bytes: Int) -> String {
        if bytes % (1 << 30) == 0 { return "\(bytes >> 30) GiB" }
        if bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
