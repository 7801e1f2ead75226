public import EvidentAnalysis
public import EvidentCoding
public import EvidentModel
import EvidentImport
import EvidentReport
import Foundation

/// `evident report`: the study loaded once, its free text coded (the segments for the analysis
/// and the rows of `coded_segments.csv` from the same pass), analysed, and the report written.
public enum ReportRun {
    /// Runs the study end to end and writes its report; returns what was written and the
    /// summary for the terminal.
    public static func run(
        _ options: ReportOptions, progress: (@Sendable (CodingProgress) -> Void)? = nil
    ) throws(InputErrors) -> RunOutcome {
        let study = try StudyRun.load(options.location)
        let folder = study.outputFolder
        // An inferred study's manifest lives in the report folder: it is carried into the new one.
        let manifestInFolder = FilePaths.directory(of: study.spec.manifestPath) == folder
        do {
            try OutputCheck(spec: study.spec, manifestInOutput: manifestInFolder)
                .checkReportFolder(folder, carried: manifestInFolder ? study.spec.manifestPath : nil)
        } catch {
            throw InputErrors([error])
        }
        let coded = study.engine.map { CodingRun.codeAndRender(study.datasets, with: $0, progress: progress) }
        let results = StudyAnalysis.analyse(
            spec: study.spec, codebook: study.codebook, engine: study.engine, datasets: study.datasets,
            segments: coded?.segments ?? []
        )
        do {
            let agreement = try study.spec.agreement.map { spec throws(InputError) in try StudyAgreement.measure(spec, study: study) }
            let written = try ReportWriter.write(
                results, codedRows: coded?.rows, to: folder,
                options: ReportWriter.Options(
                    templates: options.templateDirectory, wordTemplate: options.wordTemplate, version: options.version, stamp: options.stamp),
                agreement: agreement,
                carry: manifestInFolder ? [(study.spec.manifestPath as NSString).lastPathComponent] : []
            )
            var summary = RunSummary.text(results, folder: folder, files: written.files)
            for note in written.notes { summary += "\n" + note }
            if let agreement {
                let overall = agreement.result.overall
                var line = "Agreement: \(agreement.result.coders.count) coders on \(overall.units) answers"
                if let alpha = overall.alpha { line += ", alpha \(Format.decimal(alpha, 2))" }
                if let f1 = overall.macroF1 { line += ", automatic coding macro F1 \(Format.decimal(f1, 2))" }
                if !agreement.rejected.isEmpty { line += "; \(agreement.rejected.count) coding row(s) rejected, listed in agreement.json" }
                summary += "\n" + line + "."
            }
            return RunOutcome(results: results, folder: folder, files: written.files, summary: summary)
        } catch {
            throw InputErrors([error])
        }
    }
}

/// What a report run produced.
public struct RunOutcome: Sendable {
    public var results: StudyResults
    /// The report folder (absolute).
    public var folder: String
    /// Files written, relative to the folder.
    public var files: [String]
    /// The one-screen summary for stderr.
    public var summary: String
}
