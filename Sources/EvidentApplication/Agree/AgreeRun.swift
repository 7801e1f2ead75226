public import EvidentAnalysis
import EvidentCoding
import EvidentFormats
public import EvidentImport
public import EvidentModel
public import EvidentReport

/// `evident agree`: reads manual coding (CSV or `.qdpx`, any number of files, optionally a
/// coverage CSV), checks it against the study, measures agreement (`AgreementAnalysis`) and
/// writes `agreement.json`, `agreement.csv` and `agreement.md` (the appendix section).
///
/// Without a study, REFI-QDA projects are compared on their own text sources
/// (`QDPXSourceUnits`). Either way, a run in which nothing could be compared (no answer two
/// coders covered, and no automatic coding measured) still writes its files, then says why and
/// fails (`Outcome.problem`).
public enum AgreeRun {
    public struct Options: Sendable {
        /// The study, resolved once at the entry point (its `outputPath` is the folder written
        /// into, the study's report folder when `nil`); `nil` to compare `.qdpx` projects on
        /// their own sources.
        public var location: StudyLocation?
        /// `.csv` (agreement spec §1) or `.qdpx` files.
        public var codingPaths: [String]
        public var coveragePath: String?
        /// The coder the automatic coding is measured against.
        public var reference: String?
        /// Without a study: the output folder (`Output/agreement` when `nil`).
        public var outputPath: String?

        public init(
            location: StudyLocation?, codingPaths: [String], coveragePath: String? = nil, reference: String? = nil, outputPath: String? = nil
        ) {
            self.location = location
            self.codingPaths = codingPaths
            self.coveragePath = coveragePath
            self.reference = reference
            self.outputPath = outputPath
        }
    }

    public struct Outcome: Sendable {
        public var result: AgreementResult
        public var report: AgreementReport
        /// The appendix section (`AgreementMarkdown`).
        public var markdown: String
        public var rejected: [RejectedRow]
        public var warnings: [Diagnostic]
        /// The output folder (absolute) and the files written in it.
        public var folder: String
        public var files: [String]
        /// Why nothing could be compared, when nothing could: the run has failed.
        public var problem: InputError?
        /// What a unit is: an answer of the study, or a document of the projects.
        public var unit: AgreementMarkdown.Unit = .answer

        /// What to print on standard error: warnings, rejected rows (one line per cause, with
        /// a count and the first row), the figures and the files written.
        public var summary: String {
            let overall = result.overall
            var lines = warnings.map(\.description) + RejectedRow.summary(rejected)
            let coders = result.coders.count
            var figures = "\(coders) coder\(coders == 1 ? "" : "s"), \(overall.units) \(unit.rawValue)\(overall.units == 1 ? "" : "s") in common, \(result.codes.count) codes"
            if let percent = overall.percentAgreement { figures += ", \(Format.decimal(percent))% agreement" }
            if let alpha = overall.alpha { figures += ", alpha \(Format.decimal(alpha, 2))" }
            if let f1 = overall.macroF1 { figures += ", macro F1 \(Format.decimal(f1, 2))" }
            lines.append(figures + "; \(rejected.count) row\(rejected.count == 1 ? "" : "s") rejected.")
            lines.append("Wrote " + files.joined(separator: ", ") + " in " + FilePaths.display(folder))
            return lines.joined(separator: "\n")
        }
    }

    public static func run(_ options: Options) throws(InputErrors) -> Outcome {
        guard let location = options.location else { return try runOnSources(options) }
        let study = try StudyRun.load(location)
        let coding: ManualCodingSet
        let measured: (result: AgreementResult, report: AgreementReport)
        do {
            coding = try read(codingPaths: options.codingPaths, coveragePath: options.coveragePath, study: study)
            measured = try agreement(study: study, coding: coding, reference: options.reference)
        } catch {
            throw InputErrors([error])
        }
        let folder = study.outputFolder
        let inputs = OutputCheck(spec: study.spec)
        let check = OutputCheck(
            inputFiles: inputs.inputFiles + options.codingPaths + [options.coveragePath].compactMap { $0 },
            inputFolders: inputs.inputFolders, datasetFolders: inputs.datasetFolders)
        var outcome = try write(measured, coding: coding, codebook: study.codebook, folder: folder, check: check)
        outcome.problem = problem(with: outcome.result, coding: coding, reference: options.reference, withStudy: true)
        return outcome
    }

    /// Without a study: `.qdpx` projects compared on their own text sources.
    static func runOnSources(_ options: Options) throws(InputErrors) -> Outcome {
        do {
            if options.reference != nil {
                throw InputError(
                    "--reference measures the automatic coding, which needs a study", help: "name the study with --study, or leave --reference out"
                )
            }
            for path in options.codingPaths { _ = try CodingFileKind.of(path) }
            if let other = options.codingPaths.first(where: { (try? CodingFileKind.of($0)) != .qdpx }) {
                throw InputError(
                    "without a study only REFI-QDA projects (.qdpx) can be compared", at: SourceLocation(file: FilePaths.display(other)),
                    help: "name the study with --study to read coding CSV files"
                )
            }
            var projects: [QDAProject] = []
            for path in options.codingPaths { projects.append(try QDPXReader.read(path: path)) }
            let (codebook, coding) = try QDPXSourceUnits.codings(from: projects)
            var warnings = coding.warnings
            let coders = CoderSheets.judgements(coding, warnings: &warnings)
            var checked = coding
            checked.warnings = warnings
            let result = AgreementAnalysis.measure(coders: coders, codebook: codebook, automatic: nil, reference: nil)
            let folder = options.outputPath.map(FilePaths.absolute) ?? FilePaths.absolute("Output/agreement")
            var outcome = try write(
                (result, AgreementReport(result, codebook: codebook)), coding: checked, codebook: codebook, folder: folder,
                check: OutputCheck(inputFiles: options.codingPaths), unit: .document
            )
            outcome.problem = problem(with: result, coding: coding, reference: nil, withStudy: false)
            return outcome
        } catch let errors as InputErrors {
            throw errors
        } catch let error as InputError {
            throw InputErrors([error])
        } catch {
            throw InputErrors([InputError("\(error)")])
        }
    }

    /// Why nothing could be compared, or `nil` when something was: an answer (or source) that
    /// two coders covered, or the automatic coding measured on the reference coder's.
    static func problem(with result: AgreementResult, coding: ManualCodingSet, reference: String?, withStudy: Bool) -> InputError? {
        let automatic = result.codes.contains { ($0.auto?.units ?? 0) > 0 }
        guard result.overall.units == 0, !automatic else { return nil }
        let units = withStudy ? "answer" : "document"
        let what: String
        switch result.coders.count {
        case 0: what = "no coding could be used (\(coding.rejected.count) rejected)"
        case 1 where reference == nil: what = "there is one coder ('\(result.coders[0])') and no --reference to compare with"
        default: what = "no \(units) was coded by two coders"
        }
        let notInStudy = withStudy && !coding.rejected.isEmpty && coding.rejected.allSatisfy { $0.group?.contains("no answer of the study") == true }
        let help = notInStudy
            ? "the projects' documents are not the study's answers; to compare coders on the documents themselves, run with --no-study"
            : "give the coding of a second coder, or --reference to measure the automatic coding against this one"
        return InputError("nothing could be compared: \(what)", help: help)
    }

    /// Writes agreement.json, .csv and .md into `folder`, once `check` has passed it (never an
    /// input, an input folder or inside a data set; the three names are evident's own, replaced
    /// on each run).
    static func write(
        _ measured: (result: AgreementResult, report: AgreementReport), coding: ManualCodingSet, codebook: Codebook?, folder: String,
        check: OutputCheck, unit: AgreementMarkdown.Unit = .answer
    ) throws(InputErrors) -> Outcome {
        let labels = Dictionary(codebook?.allCodes.map { ($0.code.id, $0.code.label) } ?? [], uniquingKeysWith: { first, _ in first })
        let markdown = AgreementMarkdown.render(measured.report, unit: unit)
        do {
            try check.checkOutputFolder(folder)
            var output = try ReportFolder(path: folder)
            try output.write(AgreementJSON.document(measured.result, labels: labels, rejected: coding.rejected).rendered(), to: "agreement.json")
            try output.write(AgreementCSV.table(measured.result, labels: labels).rendered(), to: "agreement.csv")
            try output.write(markdown, to: "agreement.md")
            return Outcome(
                result: measured.result, report: measured.report, markdown: markdown, rejected: coding.rejected,
                warnings: coding.warnings, folder: folder, files: output.written, problem: nil, unit: unit
            )
        } catch {
            throw InputErrors([error])
        }
    }

    /// Reads every coding file (`.csv`, or `.qdpx` through `QDPXCodingMapper`) and the coverage
    /// file, and checks them against the study: the rows that do not fit are in `rejected`.
    public static func read(codingPaths: [String], coveragePath: String?, study: LoadedStudy) throws(InputError) -> ManualCodingSet {
        guard let codebook = study.codebook else {
            throw InputError("the study names no codebook", at: SourceLocation(file: study.spec.manifestPath), help: "add codebook: under study: in the manifest")
        }
        var merged = ManualCodingSet()
        for path in codingPaths {
            let set: ManualCodingSet
            if try CodingFileKind.of(path) == .qdpx {
                set = QDPXCodingMapper.codings(from: try QDPXReader.read(path: path), datasets: study.datasets, codebook: codebook)
            } else {
                set = try ManualCodingCSVReader.readCodings(path: path)
            }
            merged.codings += set.codings
            merged.rejected += set.rejected
            merged.warnings += set.warnings
        }
        if let coverage = coveragePath {
            let set = try ManualCodingCSVReader.readCoverage(path: coverage)
            merged.coverage = set.coverage
            merged.rejected += set.rejected
            merged.warnings += set.warnings
        }
        return ManualCodingResolver(datasets: study.datasets, codebook: codebook).resolve(merged)
    }

    /// Agreement for checked manual coding: the library entry point for the report, which can
    /// put `report` in the appendix. The automatic coding is computed, on the reference coder's
    /// answers only, when a reference is named.
    public static func agreement(
        study: LoadedStudy, coding: ManualCodingSet, reference: String?
    ) throws(InputError) -> (result: AgreementResult, report: AgreementReport) {
        guard let codebook = study.codebook else {
            throw InputError("the study names no codebook", at: SourceLocation(file: study.spec.manifestPath))
        }
        var warnings = coding.warnings
        let coders = CoderSheets.judgements(coding, warnings: &warnings)
        if let reference, !coders.contains(where: { $0.coder == reference }) {
            throw InputError(
                "the reference coder '\(reference)' is not among the coders: \(coders.map(\.coder).joined(separator: ", "))",
                help: "name one of them with --reference, exactly as the coding files spell it"
            )
        }
        var automatic: [AgreementUnit: Set<String>]?
        if let reference, let engine = study.engine, let sheet = coders.first(where: { $0.coder == reference }) {
            automatic = automaticCodes(on: sheet.covered, datasets: study.datasets, engine: engine)
        }
        let result = AgreementAnalysis.measure(coders: coders, codebook: codebook, automatic: automatic, reference: reference)
        return (result, AgreementReport(result, codebook: codebook))
    }

    /// The codes the automatic coding applies to each of `units`.
    static func automaticCodes(on units: Set<AgreementUnit>, datasets: [Dataset], engine: CodingEngine) -> [AgreementUnit: Set<String>] {
        var codes: [AgreementUnit: Set<String>] = [:]
        for dataset in datasets {
            let questions = Dictionary(dataset.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            let respondents = Dictionary(dataset.respondents.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for unit in units where unit.dataset == dataset.id {
                guard let position = questions[unit.question], let respondent = respondents[unit.respondent],
                    position < respondent.answers.count
                else { continue }
                let segments = engine.code(
                    respondent.answers[position], dataset: dataset.id, kind: dataset.kind, respondent: respondent.id, question: unit.question
                )
                codes[unit] = Set(segments.map(\.codeID))
            }
        }
        return codes
    }
}
