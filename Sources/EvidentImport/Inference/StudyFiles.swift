import EvidentModel
import Foundation

/// Files a study drafted from exports can use without being told: a codebook in a
/// `Codebooks/` folder beside the exports' folder (or in the working directory), and a names
/// list (`names.txt`) beside the exports.
enum StudyFiles {
    /// The codebook to name, absolute, and why; the first in name order when there are several.
    static func codebook(near folder: String) -> (path: String, reason: String)? {
        let candidates = [
            URL(fileURLWithPath: folder).deletingLastPathComponent().appendingPathComponent("Codebooks").path,
            FilePaths.absolute("Codebooks"),
        ]
        for directory in candidates {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            guard let first = names.first else { continue }
            let reason = names.count == 1
                ? "the codebook in \(FilePaths.display(directory))/"
                : "first of \(names.count) codebooks in \(FilePaths.display(directory))/: \(names.joined(separator: ", "))"
            return (directory + "/" + first, reason)
        }
        return nil
    }

    /// `names.txt` in the folder, absolute, when there is one.
    static func names(in folder: String) -> String? {
        let path = folder + "/names.txt"
        return FilePaths.exists(path) ? path : nil
    }

    /// The folder holding an export (a folder export is its own).
    static func folder(of export: String) -> String {
        FilePaths.isDirectory(export) ? URL(fileURLWithPath: export).deletingLastPathComponent().path : FilePaths.directory(of: export)
    }
}
