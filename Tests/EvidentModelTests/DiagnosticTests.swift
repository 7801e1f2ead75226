import Testing

@testable import EvidentModel

/// One note per kind with a count, not the same note printed once per line or file.
@Suite("Diagnostics")
struct DiagnosticTests {
    @Test("grouped by kind (or message), in order of first appearance, with a count")
    func grouped() {
        let notes: [Diagnostic] = (1...32).map { .note("'Label \($0):' is read as part of the turn", at: SourceLocation(file: "t\($0).txt"), kind: "label") }
            + [.note("read as Windows-1252"), .note("read as Windows-1252"), .warning("read as Windows-1252")]
        let groups = Diagnostic.grouped(notes)
        #expect(groups.map(\.count) == [32, 2, 1])
        #expect(groups.map { $0.first.summarised(count: $0.count) } == [
            "'Label 1:' is read as part of the turn (and 31 more like it)", "read as Windows-1252 (2 times)", "read as Windows-1252",
        ])
    }
}
