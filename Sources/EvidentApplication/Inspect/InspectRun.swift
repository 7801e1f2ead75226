public import EvidentImport
public import EvidentModel
import EvidentReport
import Foundation

/// `evident inspect` as a library call: the exports named (folders searched with
/// `ExportDiscovery`; a folder of ODK submissions is one export), each inspected, and the
/// manifest draft written from them.
public enum InspectRun {
    /// What was inspected, and what was found but left out.
    public struct Outcome: Sendable {
        /// One per export, in the order named (folders in name order).
        public var inspections: [ExportInspection]
        /// Files and folders found but left out, with why.
        public var skipped: [(path: String, reason: String)]
    }

    /// Inspects every export; all file-level errors are reported together.
    public static func inspect(_ paths: [String], dateOrder: DateOrder = .dmy) throws(InputErrors) -> Outcome {
        var outcome = Outcome(inspections: [], skipped: [])
        var errors: [InputError] = []
        for path in paths {
            var exports = [path]
            // A folder is searched (`ExportDiscovery`), which also tells a folder of ODK
            // submissions, one export, from a study folder that merely holds XML somewhere.
            if FilePaths.isDirectory(path) {
                let found = ExportDiscovery.exports(in: path)
                outcome.skipped += found.skipped
                exports = found.exports
                if exports.isEmpty {
                    let left = found.skipped.map { "\(FilePaths.display($0.path)): \($0.reason)" }
                    errors.append(InputError(
                        "the folder holds no exports", at: SourceLocation(file: FilePaths.display(path)),
                        help: left.isEmpty
                            ? "exports are .csv, .tsv, .xlsx or .xml files, or folders of ODK submissions"
                            : "left out: " + left.joined(separator: "; ")
                    ))
                }
            }
            for export in exports {
                do {
                    outcome.inspections.append(try ExportInspector.inspect(export, dateOrder: dateOrder))
                } catch {
                    errors.append(error)
                }
            }
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        return outcome
    }

    /// Writes the draft to `path` (folders created), returning the path as shown to the user.
    ///
    /// An existing file is replaced only when it is a draft `evident inspect` wrote, or with
    /// `force`; never through a symbolic link, never over one of the `inputs` (`OutputCheck`).
    public static func writeDraft(
        _ inspections: [ExportInspection], to path: String, codebook: String?, force: Bool = false, inputs: [String] = []
    ) throws(InputError) -> String {
        try OutputCheck(inputFiles: inputs).checkFile(path, force: force) { existing in
            (try? FilePaths.readText(existing))?.hasPrefix("# Manifest draft written by `evident inspect`") == true
        }
        let absolute = FilePaths.absolute(path)
        let shown = FilePaths.display(absolute)
        let draft = ManifestDraft.from(
            inspections, codebook: codebook,
            origin: "Manifest draft written by `evident inspect` from \(inspections.count) export(s): run it with evident report --study \(shown)"
        )
        let text = draft.render(in: FilePaths.directory(of: absolute))
        do {
            try FileManager.default.createDirectory(atPath: FilePaths.directory(of: absolute), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: absolute), options: .atomic)
        } catch {
            throw InputError("cannot write the manifest draft: \(error.localizedDescription)", at: SourceLocation(file: shown))
        }
        return shown
    }
}
