import EvidentFormats
import EvidentModel

/// `tables/*.csv` and `rejections.csv`: the output rows as tables for Excel (formula-safe, UTF-8
/// with a byte order mark, CRLF).
struct CSVTableFiles: ReportArtifact {
    func write(_ content: ReportContent, into folder: inout ReportFolder) throws(InputError) {
        let tables: [(name: String, table: CSVTable)]
        do {
            tables = [("rejections.csv", try ReportTables.rejections(content.document))]
                + (try ReportTables.all(content.document)).map { ("tables/" + $0.name, $0.table) }
        } catch {
            throw InputError("cannot encode the tables: \(error)", at: SourceLocation(file: folder.path))
        }
        for (name, table) in tables { try folder.write(table.rendered(), to: name) }
    }
}
