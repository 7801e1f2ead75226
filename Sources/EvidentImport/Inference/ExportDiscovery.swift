import EvidentModel
import Foundation

/// Finds the exports in a folder, for `evident inspect DIR` and for runs without a manifest,
/// two levels deep, in name order. Each file is told by what it is (`FileSniffer`), not by
/// its name:
/// - exports: delimited text and workbooks (survey exports), XML exports (msc-xml, Qualtrics
///   XML, an ODK submission), and folders of ODK / KoBoToolbox submissions;
/// - left out, each with a reason: manual coding files (a `code_id` or `coder` column),
///   interview transcripts (plain text and Word documents; one entry per folder) and the
///   participants list beside them (a `participant` or `pseudonym` column), REFI-QDA files,
///   and files no reader takes (PDFs, other zips, Office 97–2003 files);
/// - not mentioned: READMEs, manifests and codebooks (`.yaml`), and the names list.
///
/// A folder mixing survey exports with transcripts keeps its exports.
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
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") && !$0.hasPrefix("~$") }.sorted()
        let folders = names.filter { FilePaths.isDirectory(folder + "/" + $0) }
        let files = names.filter { !FilePaths.isDirectory(folder + "/" + $0) && !isQuiet($0) }
        let kinds = files.map { (name: $0, kind: FileSniffer.kind(of: folder + "/" + $0)) }
        let xml = kinds.filter { if case .xml = $0.kind { return true } else { return false } }.map(\.name)
        let tables = kinds.filter { $0.kind == .delimited || $0.kind == .workbook }.map(\.name)
        let transcripts = kinds.filter { $0.kind == .text || $0.kind == .wordDocument }.map(\.name)
        if tables.isEmpty, transcripts.isEmpty, !xml.isEmpty, folders.allSatisfy({ ODKFolder.xmlFiles(in: folder + "/" + $0).count > 0 }),
           xml.allSatisfy({ XMLDatasetLoader.recognise(folder + "/" + $0) == .odkXML }), xml.count + folders.count > 1 {
            found.exports.append(folder)
            return
        }
        if !transcripts.isEmpty {
            let shown = FilePaths.display(folder)
            found.skipped.append((folder, "\(transcripts.count) interview transcript(s): add an interviews data set to the manifest (kind: interviews, file: \(shown))"))
        }
        for (name, kind) in kinds {
            let path = folder + "/" + name
            switch kind {
            case .delimited, .workbook:
                if kind == .delimited, isCodingFile(path) {
                    found.skipped.append((path, "manual coding (a code_id or coder column): name it under agreement: in the manifest"))
                } else if kind == .delimited, !transcripts.isEmpty, isParticipantsList(path) {
                    found.skipped.append((path, "the participants list of the interview transcripts beside it (participants: in their data set)"))
                } else {
                    found.exports.append(path)
                }
            case .xml(.odkSubmission), .xml(.qualtricsResponses), .xml(.mscStories):
                found.exports.append(path)
            case .text, .wordDocument:
                continue
            case .refiProject, .xml(.refiCodebook), .xml(.refiProjectXML):
                found.skipped.append((path, "\(kind): a codebook (codebook:) or coding to compare (agreement:), not survey responses"))
            default:
                found.skipped.append((path, "\(kind): \(FileKindAdvice.notATable(kind, file: name).help ?? "not an export")"))
            }
        }
        if depth < 2 {
            for name in folders { scan(folder + "/" + name, depth: depth + 1, into: &found) }
        }
    }

    /// Files that are part of a study folder but never exports: READMEs, manifests and
    /// codebooks, the names list.
    static func isQuiet(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasPrefix("readme") || lower == "names.txt" || lower.hasSuffix(".yaml") || lower.hasSuffix(".yml")
    }

    /// A coders' CSV: its header has `code_id`, or `coder` beside `respondent`.
    static func isCodingFile(_ path: String) -> Bool {
        let names = headerNames(path)
        return names.contains("code_id") || (names.contains("coder") && names.contains("respondent"))
    }

    /// A participants list: its header has `participant` (or `participant id`) or `pseudonym`.
    static func isParticipantsList(_ path: String) -> Bool {
        let names = headerNames(path)
        return names.contains("participant") || names.contains("participant id") || names.contains("participant_id")
            || names.contains("pseudonym")
    }

    private static func headerNames(_ path: String) -> Set<String> {
        guard let reader = try? CSVReader(path: path, displayPath: path), let header = try? reader.next() else { return [] }
        return Set(header.fields.map { $0.trimmedWhitespace.lowercased() })
    }
}
