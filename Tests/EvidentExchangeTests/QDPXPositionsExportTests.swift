import EvidentAnalysis
import EvidentCoding
import EvidentImport
import EvidentModel
import Foundation
import Testing
@testable import EvidentApplication
@testable import EvidentExchange

/// `export-qdpx --for`: positions written as each tool counts them, read back to the same
/// segments, and a lower-case `sources/` folder (ATLAS.ti refuses `Sources/`).
@Suite("REFI-QDA export for each tool's count of positions")
struct QDPXPositionsExportTests {
    static let codebook = Codebook(name: "Positions", themes: [Code(id: "housing", label: "Housing", patterns: [PatternSource("housing")])])
    /// An emoji (two UTF-16 code units) and a CRLF (one position in ATLAS.ti) before the codes.
    static let answer = "Great \u{1F600} housing help.\r\nThe housing officer called."

    static func export(for tool: QDPXExport.Tool) throws -> (path: String, segments: [CodedSegment], datasets: [Dataset], xml: String) {
        let dataset = Dataset(
            id: "feedback", kind: .serviceUserFeedback, wave: nil, file: "feedback.csv", format: .csv, encoding: "utf-8", sha256: "",
            invited: nil, attributes: [], items: [], questions: [Question(id: "q", text: "What helped?")],
            respondents: [Respondent(id: "R1", line: 2, attributes: [], values: [], answers: [Self.answer], status: .complete)],
            accounting: Accounting(), rejections: [], diagnostics: []
        )
        let segments = CodingRun.code([dataset], with: try CodingEngine(codebook: Self.codebook))
        let spec = StudySpec(title: "Positions", datasets: [], scales: [:], manifestPath: "study.yaml")
        let (data, _) = try QDPXExport.archive(spec: spec, codebook: Self.codebook, datasets: [dataset], segments: segments, positions: tool.positions)
        let path = try ExchangeSupport.temporaryDirectory() + "/p.qdpx"
        try data.write(to: URL(fileURLWithPath: path))
        let xml = try #require(try runUnzip(path, "project.qde"))
        return (path, segments, [dataset], xml)
    }

    static func runUnzip(_ path: String, _ entry: String) throws -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys,zipfile;sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())", path, entry]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }

    // The source is "[R1] " then the answer. Its two sentences start at scalars 5 and 28; the
    // tools' positions are worked out here from Swift's own UTF-16 view, not from QDAPositions.
    @Test("positions as the tool counts them, and the same segments read back", arguments: QDPXExport.Tool.allCases)
    func tool(_ tool: QDPXExport.Tool) throws {
        let (path, segments, datasets, xml) = try Self.export(for: tool)
        #expect(segments.map { [$0.start, $0.end] } == [[0, 21], [23, 50]])
        let source = "[R1] " + Self.answer
        func count(_ scalars: Int) -> Int {
            let prefix = String(String.UnicodeScalarView(source.unicodeScalars.prefix(scalars)))
            switch tool.positions {
            case .standard: return scalars
            case .atlas: return prefix.utf16.count - prefix.components(separatedBy: "\r\n").count + 1
            default: return prefix.utf16.count
            }
        }
        for segment in segments {
            #expect(xml.contains(#"startPosition="\#(count(5 + segment.start))" endPosition="\#(count(5 + segment.end))""#), "\(tool)")
        }
        let project = try QDPXReader.read(path: path)
        #expect(project.positions == tool.positions)
        let set = QDPXCodingMapper.codings(from: project, datasets: datasets, codebook: Self.codebook)
        #expect(set.rejected.isEmpty)
        #expect(set.codings.map { [$0.start ?? -1, $0.end ?? -1] } == segments.map { [$0.start, $0.end] })
    }

    @Test("sources go in a lower-case sources/ folder beside project.qde")
    func folder() throws {
        let (path, _, _, _) = try Self.export(for: .atlas)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys,zipfile;print('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let names = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n").map(String.init)
        process.waitUntilExit()
        #expect(names.first == "project.qde")
        #expect(names.dropFirst().allSatisfy { $0.hasPrefix("sources/") && $0.hasSuffix(".txt") })
        #expect(names.count == 2)
    }

    @Test("written with the standard's count, a source the tools count differently is reported")
    func note() throws {
        let (path, _, _, _) = try Self.export(for: .standard)
        _ = path
        #expect(QDPXExport.toolsCountDifferently(Self.answer))
        #expect(!QDPXExport.toolsCountDifferently("plain\ntext é"))
    }
}
