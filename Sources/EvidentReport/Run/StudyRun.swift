public import EvidentAnalysis
public import EvidentCoding
import EvidentImport
public import EvidentModel
import Foundation

/// One run of the whole pipeline — manifest, codebook, data sets, coding, analysis, report —
/// as `evident report` performs it.
public enum StudyRun {
    /// Loads everything the manifest names. Codebook errors stop the run before any data is
    /// read; then every data set is tried, so the user sees all file-level errors at once.
    public static func load(studyPath: String) throws(InputErrors) -> LoadedStudy {
        let studyPath = try InferredStudy.manifest(for: studyPath, outputPath: nil).path
        let prepared = try prepare(studyPath: studyPath)
        let spec = prepared.spec
        var datasets: [Dataset] = []
        var errors: [InputError] = []
        for datasetSpec in spec.datasets {
            do {
                let dataset = try DatasetLoader.load(datasetSpec, scales: spec.scales)
                if let problem = DatasetUsability.problem(dataset) { errors.append(problem) }
                datasets.append(dataset)
            } catch {
                errors.append(error)
            }
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        return LoadedStudy(spec: spec, codebook: prepared.codebook, engine: prepared.engine, datasets: datasets)
    }

    /// Runs the study end to end and writes its report; returns what was written and the
    /// summary for the terminal.
    public static func report(
        _ options: ReportOptions, progress: (@Sendable (CodingProgress) -> Void)? = nil
    ) throws(InputErrors) -> RunOutcome {
        var options = options
        options.studyPath = try InferredStudy.manifest(for: options.studyPath, outputPath: options.outputPath).path
        let study = try load(studyPath: options.studyPath)
        let segments = study.engine.map { StudyAnalysis.code(study.datasets, with: $0, progress: progress) } ?? []
        let results = StudyAnalysis.analyse(
            spec: study.spec, codebook: study.codebook, engine: study.engine, datasets: study.datasets, segments: segments
        )
        let folder = options.outputPath.map(FilePaths.absolute) ?? defaultOutput(for: study.spec, manifest: options.studyPath)
        do {
            let agreement = try study.spec.agreement.map { spec throws(InputError) in try StudyAgreement.measure(spec, study: study) }
            let written = try ReportWriter.write(
                results, to: folder, templates: options.templateDirectory, version: options.version, stamp: options.stamp,
                agreement: agreement
            )
            var summary = RunSummary.text(results, folder: folder, files: written)
            if let agreement {
                let overall = agreement.result.overall
                var line = "Agreement: \(agreement.result.coders.count) coders on \(overall.units) answers"
                if let alpha = overall.alpha { line += ", alpha \(Format.decimal(alpha, 2))" }
                if let f1 = overall.macroF1 { line += ", automatic coding macro F1 \(Format.decimal(f1, 2))" }
                if !agreement.rejected.isEmpty { line += "; \(agreement.rejected.count) coding row(s) rejected, listed in agreement.json" }
                summary += "\n" + line + "."
            }
            return RunOutcome(results: results, folder: folder, files: written, summary: summary)
        } catch {
            throw InputErrors([error])
        }
    }

    /// The manifest's `output`, else `Output/<title as a slug>` under the working directory.
    static func defaultOutput(for spec: StudySpec, manifest: String) -> String {
        if let output = spec.outputPath { return output }
        let slug = spec.title.lowercased().unicodeScalars.map { scalar -> Character in
            (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)) ? Character(scalar) : "-"
        }
        let name = String(slug).split(separator: "-").joined(separator: "-")
        return FilePaths.absolute("Output/" + (name.isEmpty ? "study" : name))
    }
}

/// A study with its data loaded and its codebook compiled, before coding.
public struct LoadedStudy: Sendable {
    public var spec: StudySpec
    public var codebook: Codebook?
    public var engine: CodingEngine?
    public var datasets: [Dataset]
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
