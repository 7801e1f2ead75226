import EvidentModel
import Testing
@testable import EvidentImport

@Suite("Positions as each QDA tool counts them")
struct QDAPositionsTests {
    // "a😀b\r\nc": scalars a 😀 b \r \n c. UTF-16 counts 😀 twice; ATLAS.ti counts \r\n once.
    static let text = "a\u{1F600}b\r\nc"

    @Test("the tool is told by the project's origin")
    func origins() {
        #expect(QDAPositions.of(origin: "NVivo for Windows 12.6") == .utf16)
        #expect(QDAPositions.of(origin: "NVivo for Mac 15.0.0") == .utf16)
        #expect(QDAPositions.of(origin: "MAXQDA 24 (Release 24.7.0)") == .utf16)
        #expect(QDAPositions.of(origin: "ATLAS.ti for Windows 23.2.3.27778") == .atlas)
        #expect(QDAPositions.of(origin: "QualCoder 3.8") == .standard)
        #expect(QDAPositions.of(origin: "qc 1.3.2") == .standard)
        #expect(QDAPositions.of(origin: nil) == .standard)
    }

    // Boundaries: the tool's position of each scalar offset 0...6 of "a😀b\r\nc"; then tool
    // positions and the scalar offsets they point at (a position inside the emoji's surrogate
    // pair, 2, lands after it; ATLAS.ti's one position for CRLF lands on the \r).
    @Test("tool positions to scalar offsets and back", arguments: [
        (QDAPositions.utf16, [0, 1, 3, 4, 5, 6, 7], [0, 1, 2, 3, 4, 5, 6, 7], [0, 1, 2, 2, 3, 4, 5, 6]),
        (QDAPositions.atlas, [0, 1, 3, 4, 4, 5, 6], [0, 1, 2, 3, 4, 5, 6], [0, 1, 2, 2, 3, 5, 6]),
        (QDAPositions.standard, [0, 1, 2, 3, 4, 5, 6], [0, 1, 2, 3, 4, 5, 6], [0, 1, 2, 3, 4, 5, 6]),
    ])
    func conversion(rule: QDAPositions, boundaries: [Int], positions: [Int], scalars: [Int]) {
        let converter = rule.converter(for: Self.text)
        #expect((0...6).map(converter.position) == boundaries)
        #expect(positions.map(converter.scalarOffset) == scalars)
    }

    // Measured with Python on the file: read as UTF-16 code units without the BOM, 274 of the
    // 303 selections start right after a line end and end right before one (the coders selected
    // whole comments); read as code points, 14 do. The first selection is 3137–3284 in UTF-16,
    // 3132–3279 in code points, 147 characters.
    @Test("NVivo for Windows: positions are UTF-16 code units, so whole lines come out whole")
    func nvivo() throws {
        let project = try QDPXReader.read(path: FixturePaths.repositoryReal("nvivo-win12.6-two-coders.qdpx"))
        #expect(project.positions == .utf16)
        let source = try #require(project.sources.first { $0.name == "videos_10_selected" })
        let scalars = Array(try #require(source.text).unicodeScalars)
        #expect(scalars.count == 79_865)
        #expect(scalars.first != "\u{FEFF}")
        let aligned = source.selections.filter { selection in
            (selection.start == 0 || scalars[selection.start - 1] == "\n") && selection.end + 1 < scalars.count
                && scalars[selection.end] == "\r" && scalars[selection.end + 1] == "\n"
        }
        #expect(aligned.count == 274)
        #expect((source.selections[0].start, source.selections[0].end) == (3132, 3279))
        #expect(project.warnings.contains { $0.message.hasPrefix("source 'videos_10_selected': positions read as NVivo for Windows 12.6 counts them (UTF-16 code units); 290 of 303") })
    }

    @Test("a project Evident exported says how it counted, whatever its origin says")
    func instruction() {
        #expect(QDAInstruction.positions("positions: utf-16\n  line_breaks: crlf-as-one", default: .standard) == .atlas)
        #expect(QDAInstruction.positions("positions: unicode-scalars", default: .utf16) == .standard)
    }
}
