import EvidentAnalysis
import EvidentCoding
import EvidentExchange
import EvidentReport
public import EvidentImport
public import EvidentModel
import Foundation

/// `evident export-qdpx`: codes a study and writes its automatic coding as a REFI-QDA project
/// (`QDPXWriter`), zipped deterministically (`QDPXArchiveWriter`), written atomically.
public enum QDPXExport {
    /// The date written on sources, selections and codings when none is asked for: QualCoder
    /// needs one on every selection, and a fixed one keeps the bytes the same on every run.
    public static let fixedDate = "1980-01-01T00:00:00Z"

    public struct Outcome: Sendable {
        /// The `.qdpx` written, as shown to the user.
        public var file: String
        /// Text sources: one per answered question of a survey, one per transcript.
        public var sources: Int
        /// Coded selections written (a span coded with several codes is one selection).
        public var selections: Int
        /// Codings written: one per code on each selection, so one per automatic coded segment.
        public var codings: Int
        /// Cases: respondents with a free-text answer, and participants of a transcript.
        public var cases: Int
        /// Sources whose positions the QDA tools count differently (an emoji or other character
        /// beyond U+FFFF, a CRLF line end), when written with the standard's count.
        public var sourcesToolsCountDifferently: Int = 0
    }

    /// The tools `--for` names, and how each counts positions (`QDAPositions`).
    public enum Tool: String, Sendable, CaseIterable {
        case standard, qualcoder, nvivo, maxqda
        case atlas = "atlas.ti"

        public var positions: QDAPositions {
            switch self {
            case .standard, .qualcoder: .standard
            case .nvivo, .maxqda: .utf16
            case .atlas: .atlas
            }
        }
    }

    /// Loads and codes the study, then writes the project to `file` (default:
    /// `coded-project.qdpx` in the report folder). `date` replaces the fixed creation date
    /// (an `xsd:dateTime` such as `2016-11-30T09:00:00Z`).
    public static func export(
        _ location: StudyLocation, file: String?, date: String? = nil, version: String = "0.1.0", for tool: Tool = .standard,
        force: Bool = false
    ) throws(InputErrors) -> Outcome {
        let study = try StudyRun.load(location)
        guard let codebook = study.codebook, let engine = study.engine else {
            throw InputErrors([InputError(
                "the study names no codebook", at: SourceLocation(file: study.spec.manifestPath), help: "add codebook: under study: in the manifest"
            )])
        }
        let target = file.map(FilePaths.absolute) ?? study.outputFolder + "/coded-project.qdpx"
        do {
            try OutputCheck(spec: study.spec).checkFile(target, force: force, isOwn: isOwn)
        } catch {
            throw InputErrors([error])
        }
        let segments = CodingRun.code(study.datasets, with: engine)
        do {
            let (data, outcome) = try archive(
                spec: study.spec, codebook: codebook, datasets: study.datasets, segments: segments, date: date ?? fixedDate,
                version: version, file: FilePaths.display(target), positions: tool.positions
            )
            try FileManager.default.createDirectory(atPath: FilePaths.directory(of: target), withIntermediateDirectories: true)
            try data.write(to: URL(fileURLWithPath: target), options: .atomic)
            return outcome
        } catch let error as InputError {
            throw InputErrors([error])
        } catch {
            throw InputErrors([InputError("cannot write the project: \(error.localizedDescription)", at: SourceLocation(file: FilePaths.display(target)))])
        }
    }

    /// The project's bytes for a coded study.
    static func archive(
        spec: StudySpec, codebook: Codebook, datasets: [Dataset], segments: [CodedSegment], date: String = fixedDate,
        version: String = "0.1.0", file: String = "coded-project.qdpx", positions: QDAPositions = .standard
    ) throws(InputError) -> (Data, Outcome) {
        let writer = QDPXWriter(spec: spec, codebook: codebook, datasets: datasets, creationDate: date, version: version, positions: positions)
        let built = writer.build(segments: segments)
        let data = try QDPXArchiveWriter.archive(projectXML: built.xml, sources: built.sources, file: file)
        let differing = positions.isStandard ? built.sources.filter { Self.toolsCountDifferently($0.text) }.count : 0
        return (data, Outcome(
            file: file, sources: built.sources.count, selections: built.selections, codings: built.codings, cases: built.cases,
            sourcesToolsCountDifferently: differing
        ))
    }

    /// Whether NVivo, MAXQDA or ATLAS.ti count positions in `text` differently from the standard.
    static func toolsCountDifferently(_ text: String) -> Bool {
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar.value > 0xFFFF || (scalar == "\n" && previous == "\r") { return true }
            previous = scalar
        }
        return false
    }

    /// Whether the file at `path` is a project evident wrote: a zip whose `project.qde` names
    /// Evident as its origin (so `export-qdpx` may replace it without `--force`).
    static func isOwn(_ path: String) -> Bool {
        guard let archive = try? ZipArchive(path: path, file: path), let entry = archive.entry("project.qde"),
              let stream = try? archive.stream(entry), let head = try? stream.next()
        else { return false }
        return String(decoding: head.prefix(4_096), as: UTF8.self).contains("origin=\"Evident")
    }
}
