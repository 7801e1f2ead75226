import EvidentFormats
import EvidentModel
import Foundation

/// ODK / KoBoToolbox submissions from a data set's path: one file (a submission, or many under
/// a wrapper element), or a folder holding them — every `.xml` file below it, in order of
/// relative path, as ODK Briefcase and KoBo exports lay them out (`instances/<name>/<name>.xml`).
enum ODKFolder {
    /// The submissions flattened onto columns, and what the report says about the source.
    struct Contents {
        var table: FieldTable
        var encoding: String
        /// For a folder: SHA-256 of the listing `<sha256>  <relative path>\n` of its files.
        var sha256: String
        var diagnostics: [Diagnostic]
    }

    /// Reads `path` (a file or folder), shown as `displayPath`. In a folder, a file that cannot
    /// be read (not well-formed, refused by the hardened reader) counts as one rejected
    /// record and the others still load; a single file that cannot be read is an error.
    static func read(path: String, displayPath: String, options: XMLStreamReader.Options) throws(InputError) -> Contents {
        guard FilePaths.isDirectory(path) else {
            let file = try ODKSubmissionReader.read(path: path, displayPath: displayPath, options: options)
            var diagnostics = file.warnings
            let records = oneForm(file.records, file: displayPath, diagnostics: &diagnostics)
            return Contents(table: FieldTable(records: records), encoding: file.encoding, sha256: file.sha256, diagnostics: diagnostics)
        }
        let names = xmlFiles(in: path)
        guard !names.isEmpty else {
            throw InputError("the folder holds no .xml files", at: SourceLocation(file: displayPath), help: "check the path in the study manifest")
        }
        var records: [XMLRecord] = []
        var failures: [FieldTable.Failure] = []
        var listing = ""
        var encodings: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for name in names {
            let shown = displayPath.hasSuffix("/") ? displayPath + name : displayPath + "/" + name
            do {
                let file = try ODKSubmissionReader.read(path: path + "/" + name, displayPath: shown, options: options)
                records += file.records
                listing += "\(file.sha256)  \(name)\n"
                encodings.insert(file.encoding)
                diagnostics += file.warnings
            } catch {
                failures.append(FieldTable.Failure(position: records.count, error: error))
                listing += "\(SHA256.hex(of: Array((FileManager.default.contents(atPath: path + "/" + name) ?? Data()))))  \(name)\n"
            }
        }
        records = oneForm(records, file: displayPath, diagnostics: &diagnostics)
        let encoding = encodings.count == 1 ? encodings.first ?? "utf-8" : (encodings.isEmpty ? "utf-8" : "mixed")
        return Contents(
            table: FieldTable(records: records, failures: failures), encoding: encoding,
            sha256: SHA256.hex(of: Array(listing.utf8)), diagnostics: diagnostics
        )
    }

    /// `records` with those of another form than most answer stripped to their instanceID (their
    /// fields never become columns; the loader rejects them, `ODKFields.otherForm`), and a
    /// warning saying how many.
    private static func oneForm(_ records: [XMLRecord], file: String, diagnostics: inout [Diagnostic]) -> [XMLRecord] {
        guard let main = ODKFields.mainForm(of: records.compactMap(\.form))?.form else { return records }
        let others = records.filter { $0.form != nil && $0.form != main }
        let forms = Set(others.compactMap(\.form)).sorted().map { "'\($0)'" }.joined(separator: ", ")
        diagnostics.append(.warning(
            "\(others.count) submission\(others.count == 1 ? " answers" : "s answer") another form (\(forms)) than the data set's '\(main)'; "
                + "\(others.count == 1 ? "it is" : "they are") rejected", at: SourceLocation(file: file)))
        return records.map { $0.form == nil || $0.form == main ? $0 : ODKFields.stripped($0) }
    }

    /// Relative paths of the `.xml` files below `folder`, sorted.
    static func xmlFiles(in folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var names: [String] = []
        while let name = walker.nextObject() as? String {
            if name.lowercased().hasSuffix(".xml"), !FilePaths.isDirectory(folder + "/" + name) { names.append(name) }
        }
        return names.sorted()
    }
}
