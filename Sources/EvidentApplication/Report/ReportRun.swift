public import EvidentAnalysis
public import EvidentCoding
import EvidentImport
public import EvidentModel
import EvidentReport
import Foundation

/// `evident report`: the study read in one streaming pass — each data set in batches, coded on
/// every core, its coded segments written as they come, every figure gathered in mergeable
/// tallies (`ReportStream`) — then the figures computed from the tallies and the report written.
/// Memory stays flat however many respondents the study has.
public enum ReportRun {
    /// Runs the study end to end and writes its report; returns what was written and the
    /// summary for the terminal.
    public static func run(
        _ options: ReportOptions, progress: (@Sendable (CodingProgress) -> Void)? = nil
    ) throws(InputErrors) -> RunOutcome {
        let prepared = try StudyRun.prepare(options.location)
        let folder = prepared.outputFolder
        // An inferred study's manifest lives in the report folder: it is carried into the new one.
        let manifestInFolder = FilePaths.directory(of: prepared.spec.manifestPath) == folder
        let transaction: ReportTransaction
        do {
            try OutputCheck(spec: prepared.spec, manifestInOutput: manifestInFolder)
                .checkReportFolder(folder, carried: manifestInFolder ? prepared.spec.manifestPath : nil)
            transaction = try ReportTransaction(
                target: folder, carry: manifestInFolder ? [(prepared.spec.manifestPath as NSString).lastPathComponent] : [])
        } catch {
            throw InputErrors([error])
        }
        let selection = try agreementSelection(prepared)
        let streamed = try ReportStream.run(prepared, folder: transaction.staging, keep: selection, progress: progress)
        let results = streamed.tally.results()
        do {
            let study = LoadedStudy(
                location: prepared.location, spec: prepared.spec, codebook: prepared.codebook, engine: prepared.engine,
                datasets: streamed.kept)
            let agreement = try prepared.spec.agreement.map { spec throws(InputError) in try StudyAgreement.measure(spec, study: study) }
            let written = try ReportWriter.write(
                results, codedSegments: streamed.codedSegments, database: streamed.database, into: transaction,
                options: ReportWriter.Options(
                    templates: options.templateDirectory, wordTemplate: options.wordTemplate, version: options.version, stamp: options.stamp,
                    separateAnnex: options.separateAnnex),
                agreement: agreement
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

    /// The respondents the manifest's agreement check needs whole: those its coding and coverage
    /// files name (a `.qdpx` project is matched against every answer's text, so it needs them all).
    static func agreementSelection(_ study: PreparedStudy) throws(InputErrors) -> RespondentSelection {
        guard let spec = study.spec.agreement else { return .none }
        var selection = RespondentSelection()
        do {
            for path in spec.codingPaths {
                if CodebookFiles.Format(path: path) == .qdpx { return RespondentSelection(all: true) }
                for coding in try ManualCodingCSVReader.readCodings(path: path).codings {
                    selection.respondents[coding.dataset, default: []].insert(coding.respondent)
                }
            }
            if let coverage = spec.coveragePath {
                for entry in try ManualCodingCSVReader.readCoverage(path: coverage).coverage ?? [] {
                    selection.respondents[entry.dataset, default: []].insert(entry.respondent)
                }
            }
        } catch {
            throw InputErrors([error])
        }
        return selection
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
