import EvidentModel
import Foundation

/// Finds the exports in a folder, for `evident inspect DIR` and for runs without a manifest:
/// delimited files (`.csv`, `.tsv`), XML files (msc-xml, Qualtrics XML, an ODK submission),
/// and folders of ODK / KoBoToolbox submissions, two levels deep, in name order.
///
/// Left out, each with a reason: manual coding files (a `code_id` or `coder` column), folders
/// of interview transcripts (`.txt`, `.docx`, `.md` besides a README), and anything else
/// (manifests, READMEs, names lists).
public enum ExportDiscovery {
    /// What a folder holds.
    public struct Found: Sendable {
        /// Absolute paths of files and ODK folders, in name order.
        public var exports: [String]
        /// Paths left out, with why.
        public var skipped: [(path: String, reason: String)]
    }

    /// The exports in `folder` and below (two levels), and what was left out.
    public static func exports(in folder: String) -> Found {
        var found = Found(exports: [], skipped: [])
        scan(FilePaths.absolute(folder), depth: 0, into: &found)
        return found
    }

    private static func scan(_ folder: String, depth: Int, into found: inout Found) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        let files = names.filter { !FilePaths.isDirectory(folder + "/" + $0) }
        let folders = names.filter { FilePaths.isDirectory(folder + "/" + $0) }
        let xml = files.filter { $0.lowercased().hasSuffix(".xml") }
        let delimited = files.filter { name in [".csv", ".tsv"].contains { name.lowercased().hasSuffix($0) } }
        let transcripts = files.filter { name in
            let lower = name.lowercased()
            return [".txt", ".docx", ".md"].contains { lower.hasSuffix($0) } && !lower.hasPrefix("readme") && lower != "names.txt"
        }
        // A folder of transcripts is an interviews data set, its CSV a participants list, not a
        // survey: the folder named itself or one found below it.
        if !transcripts.isEmpty {
            found.skipped.append((folder, "interview transcripts: add an interviews data set to the manifest"))
            return
        }
        if delimited.isEmpty, !xml.isEmpty, folders.allSatisfy({ ODKFolder.xmlFiles(in: folder + "/" + $0).count > 0 }),
           xml.allSatisfy({ XMLDatasetLoader.recognise(folder + "/" + $0) == .odkXML }), xml.count + folders.count > 1 {
            found.exports.append(folder)
            return
        }
        for name in delimited {
            let path = folder + "/" + name
            if isCodingFile(path) {
                found.skipped.append((path, "manual coding (a code_id or coder column): name it under agreement: in the manifest"))
            } else {
                found.exports.append(path)
            }
        }
        for name in xml { found.exports.append(folder + "/" + name) }
        if depth < 2 {
            for name in folders { scan(folder + "/" + name, depth: depth + 1, into: &found) }
        }
    }

    /// A coders' CSV: its header has `code_id`, or `coder` beside `respondent`.
    static func isCodingFile(_ path: String) -> Bool {
        guard let reader = try? CSVReader(path: path, displayPath: path), let header = try? reader.next() else { return false }
        let names = Set(header.fields.map { $0.trimmedWhitespace.lowercased() })
        return names.contains("code_id") || (names.contains("coder") && names.contains("respondent"))
    }
}
