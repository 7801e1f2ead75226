package import EvidentModel
package import Foundation
import ZIPFoundation

/// Zips a project: `project.qde` first, then `sources/<guid>.txt` in the order given, deflated,
/// every entry dated 1980-01-01 00:00 (the first date a zip can hold) with permissions 0644, so
/// the same project always gives the same bytes.
package enum QDPXArchiveWriter {
    /// 1980-01-01T00:00:00Z.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    package static func archive(projectXML: String, sources: [QDPXWriter.SourceFile], file: String) throws(InputError) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            try add(Data(projectXML.utf8), as: "project.qde", to: archive)
            for source in sources { try add(Data(source.text.utf8), as: source.path, to: archive) }
            guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
            return data
        } catch {
            throw InputError("cannot build the project archive: \(error)", at: SourceLocation(file: file))
        }
    }

    private static func add(_ data: Data, as path: String, to archive: Archive) throws {
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate, permissions: 0o644,
            compressionMethod: .deflate
        ) { position, size in
            data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
        }
    }
}
