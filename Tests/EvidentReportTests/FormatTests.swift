import Testing

@testable import EvidentReport

@Suite("Numbers as the appendix reads them, and file names from ids")
struct FormatTests {
    @Test("file names come from ids only")
    func safeNames() {
        #expect(ReportFolder.safeName("practitioners-2016") == "practitioners-2016")
        #expect(ReportFolder.safeName("../../etc/passwd") == "-..-etc-passwd")
        #expect(ReportFolder.safeName("a b/c") == "a-b-c")
    }

    @Test("appendix numbers are rounded in the POSIX locale, with thousands separated", arguments: [
        (Format.decimal(65.55555, 1), "65.6"), (Format.decimal(-0.04, 1), "0.0"), (Format.decimal(nil), "–"),
        (Format.percent(55.5555), "55.6%"), (Format.count(1234567), "1,234,567"), (Format.count(999), "999"),
    ])
    func formatting(actual: String, expected: String) {
        #expect(actual == expected)
    }
}
