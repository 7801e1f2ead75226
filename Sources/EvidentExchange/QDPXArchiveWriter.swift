package import EvidentModel
package import Foundation
import EvidentFormats

/// Zips a project: `project.qde` first, then `sources/<guid>.txt` in the order given, with
/// `ZipWriter`, so the same project always gives the same bytes.
package enum QDPXArchiveWriter {
    package static func archive(projectXML: String, sources: [QDPXWriter.SourceFile], file: String) throws(InputError) -> Data {
        var zip = ZipWriter()
        zip.add(projectXML, as: "project.qde")
        for source in sources { zip.add(source.text, as: source.path) }
        do {
            return try zip.archive()
        } catch {
            throw InputError("cannot build the project archive: \(error)", at: SourceLocation(file: file))
        }
    }
}
