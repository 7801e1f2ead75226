import EvidentModel
import Foundation
import ZIPFoundation

/// The zip side of a `.qdpx`: finds the project XML and reads the files in its sources folder,
/// refusing entries too large to be a survey project (a zip bomb).
///
/// The sources folder is `sources/` (REFI-QDA 1.5 §8.1) or `Sources/` (as some tools write it):
/// both are looked up. Not thread-safe.
final class QDPXArchiveReader {
    /// The `.qdpx` as shown to the user.
    let file: String
    private let archive: Archive
    /// Entry paths by their lower-cased path, so `Sources/x.txt` and `sources/x.txt` both match.
    private let entries: [String: Entry]
    /// Largest entry read, uncompressed (1 GiB).
    static let entryLimit: UInt64 = 1 << 30

    init(path: String) throws(InputError) {
        file = FilePaths.display(path)
        guard FilePaths.exists(path) else {
            throw InputError("cannot read file", at: SourceLocation(file: file), help: "check that the file exists and is readable")
        }
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw InputError("not a REFI-QDA project: the file is not a zip archive", at: SourceLocation(file: file),
                             help: "a .qdpx is a zip holding project.qde and a sources folder; export the project again")
        }
        var entries: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            entries[entry.path.lowercased()] = entries[entry.path.lowercased()] ?? entry
        }
        self.entries = entries
    }

    /// The path of the project XML inside the archive: `project.qde`, else the only `.qde` at
    /// the top level.
    func projectEntryPath() throws(InputError) -> String {
        if let entry = entries["project.qde"] { return entry.path }
        let candidates = entries.values.filter { $0.path.lowercased().hasSuffix(".qde") && !$0.path.contains("/") }
        guard let entry = candidates.sorted(by: { $0.path < $1.path }).first else {
            throw InputError("not a REFI-QDA project: the archive holds no project.qde", at: SourceLocation(file: file))
        }
        return entry.path
    }

    /// Copies an entry to a new temporary file and returns its path; the caller removes it.
    func extractToTemporaryFile(_ path: String) throws(InputError) -> String {
        let bytes = try data(at: path)
        let temporary = NSTemporaryDirectory() + "evident-qdpx-" + UUID().uuidString + ".xml"
        guard FileManager.default.createFile(atPath: temporary, contents: bytes) else {
            throw InputError("cannot write a temporary copy of \(path)", at: SourceLocation(file: file))
        }
        return temporary
    }

    /// The bytes of the entry at `path` (matched without regard to case), or `nil` when the
    /// archive has no such file.
    func dataIfPresent(at path: String) throws(InputError) -> Data? {
        guard entries[path.lowercased()] != nil else { return nil }
        return try data(at: path)
    }

    /// The bytes of the file `name` in the sources folder, or `nil` when there is none.
    func sourceData(named name: String) throws(InputError) -> Data? {
        try dataIfPresent(at: "sources/" + name)
    }

    private func data(at path: String) throws(InputError) -> Data {
        guard let entry = entries[path.lowercased()] else {
            throw InputError("the archive holds no \(path)", at: SourceLocation(file: file))
        }
        guard entry.uncompressedSize <= Self.entryLimit else {
            throw InputError("\(entry.path) is larger than 1 GiB unpacked", at: SourceLocation(file: file),
                             help: "this is not a survey project; check the file")
        }
        var bytes = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                bytes.append(chunk)
                if UInt64(bytes.count) > Self.entryLimit { throw CocoaError(.fileReadTooLarge) }
            }
        } catch {
            throw InputError("cannot unpack \(entry.path): the archive is damaged", at: SourceLocation(file: file))
        }
        return bytes
    }
}
