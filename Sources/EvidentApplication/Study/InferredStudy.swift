public import EvidentImport
public import EvidentModel
import EvidentReport
import Foundation

/// A run without a manifest (study spec §1, §4): when `Surveys/study.yaml` (or the manifest
/// named) does not exist but its folder — or the folder named with `--study DIR` — holds
/// exports, a study is inferred from them with `evident inspect`'s rules, and its manifest is
/// written next to the report as `study.inferred.yaml`, so the run can be repeated and edited.
///
/// The manifest is then read back like any other: a run on it gives the same report.
public enum InferredStudy {
    public static let manifestName = "study.inferred.yaml"

    /// An inferred study, written.
    public struct Plan: Sendable {
        /// The manifest written, absolute.
        public var manifestPath: String
        /// The folder of exports, absolute.
        public var folder: String
        public var exports: Int
        /// What to tell the user on standard error.
        public var note: String
    }

    /// The manifest to run: `studyPath` itself when it exists (or `DIR/study.yaml` for a
    /// folder holding one), else one inferred from the folder's exports and written into the
    /// report folder (`outputPath`, or `Output/<study>`). When there is nothing to infer from,
    /// `studyPath` is returned unchanged, for the manifest reader to report.
    public static func manifest(
        for studyPath: String, outputPath: String?, dateOrder: DateOrder = .dmy
    ) throws(InputErrors) -> (path: String, inferred: Plan?) {
        let absolute = FilePaths.absolute(studyPath)
        if FilePaths.isDirectory(absolute) {
            let inside = absolute + "/study.yaml"
            if FilePaths.exists(inside) { return (inside, nil) }
            return try infer(folder: absolute, missing: nil, outputPath: outputPath, dateOrder: dateOrder).map { ($0.manifestPath, $0) }
                ?? (studyPath, nil)
        }
        if FilePaths.exists(absolute), !["yaml", "yml"].contains(FilePaths.pathExtension(absolute)) {
            let kind = FileSniffer.kind(of: absolute)
            if kind != .text {
                // An export (or anything else) named where the manifest goes: say what it is.
                throw InputErrors([InputError(
                    "--study names \(kind), not a study manifest", at: SourceLocation(file: FilePaths.display(absolute)),
                    help: "name the manifest (study.yaml), or the folder holding the exports to infer one: --study \(FilePaths.display(FilePaths.directory(of: absolute)))"
                )])
            }
        }
        guard !FilePaths.exists(absolute), FilePaths.isDirectory(FilePaths.directory(of: absolute)) else { return (studyPath, nil) }
        let folder = FilePaths.directory(of: absolute)
        return try infer(folder: folder, missing: absolute, outputPath: outputPath, dateOrder: dateOrder).map { ($0.manifestPath, $0) }
            ?? (studyPath, nil)
    }

    private static func infer(folder: String, missing: String?, outputPath: String?, dateOrder: DateOrder) throws(InputErrors) -> Plan? {
        let found = ExportDiscovery.exports(in: folder)
        guard !found.exports.isEmpty else {
            // Nothing to infer from: say so, rather than "cannot read" the manifest that is not there.
            let shown = FilePaths.display(folder)
            let left = found.skipped.map { "\(FilePaths.display($0.path)): \($0.reason)" }
            throw InputErrors([InputError(
                "no manifest " + (missing.map { "at \(FilePaths.display($0))" } ?? "in \(shown)/") + ", and no exports in \(shown)/ to infer one from",
                at: SourceLocation(file: missing.map(FilePaths.display) ?? shown),
                help: left.isEmpty
                    ? "write a manifest (see Surveys/study.yaml), or put the survey exports (.csv, .tsv, .xlsx, .xml) in \(shown)/"
                    : "left out: " + left.joined(separator: "; ")
            )])
        }
        let outcome = try InspectRun.inspect(found.exports, dateOrder: dateOrder)
        let title = "\(URL(fileURLWithPath: folder).lastPathComponent) (inferred study)"
        let output = outputPath.map(FilePaths.absolute) ?? StudyLocation.defaultOutput(title: title)
        let manifest = output + "/" + manifestName
        let shownFolder = FilePaths.display(folder)
        let draft = ManifestDraft.from(
            outcome.inspections, title: title,
            origin: "Study inferred by `evident report` from the exports in \(shownFolder)/ (no manifest there). Edit it and run: evident report --study \(FilePaths.display(manifest))",
            output: output
        )
        do {
            try OutputCheck(inputFolders: [folder]).checkReportFolder(output)
            var report = try ReportFolder(path: output)
            try report.write(draft.render(in: output), to: manifestName)
        } catch {
            throw InputErrors([error])
        }
        var lines = [
            "note: no manifest " + (missing.map { "at \(FilePaths.display($0))" } ?? "in \(shownFolder)/")
                + ": inferred a study from \(outcome.inspections.count) export(s) in \(shownFolder)/ and wrote its manifest to \(FilePaths.display(manifest))",
            "  edit it (every guess has a comment), then run: evident report --study \(FilePaths.display(manifest))",
        ]
        for skipped in found.skipped + outcome.skipped {
            lines.append("  left out \(FilePaths.display(skipped.path)): \(skipped.reason)")
        }
        for inspection in outcome.inspections {
            for column in inspection.personalColumns {
                lines.append("  \(inspection.file): '\(column.name)' holds \(column.role) — never copied; used only to redact quotes")
            }
            for column in inspection.ambiguousDates {
                lines.append("  \(inspection.file): '\(column.name)' has ambiguous dates, read \(column.dates?.readAs.rawValue ?? "day-first")")
            }
        }
        return Plan(manifestPath: manifest, folder: folder, exports: outcome.inspections.count, note: lines.joined(separator: "\n"))
    }
}
