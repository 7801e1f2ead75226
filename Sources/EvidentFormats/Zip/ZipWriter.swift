package import Foundation
import ZIPFoundation

/// Writes a zip package (a Word document, the workbook inside a chart, a REFI-QDA project) the
/// same way every time: entries in the order added, deflated, each dated 1980-01-01 00:00 (the
/// first date a zip can hold) with permissions 0644, so the same parts always give the same
/// bytes. Built on ZIPFoundation, in memory.
package struct ZipWriter {
    /// 1980-01-01T00:00:00Z.
    package static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    private var entries: [(path: String, data: Data)] = []

    package init() {}

    package mutating func add(_ data: Data, as path: String) {
        entries.append((path, data))
    }

    package mutating func add(_ text: String, as path: String) {
        add(Data(text.utf8), as: path)
    }

    /// The archive's bytes.
    package func archive() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for entry in entries {
            let data = entry.data
            try archive.addEntry(
                with: entry.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: Self.entryDate,
                permissions: 0o644, compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}
