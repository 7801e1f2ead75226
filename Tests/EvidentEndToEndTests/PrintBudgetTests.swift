import Foundation
import Testing

/// The sample study's appendix as it prints (issue 16's acceptance): headless Chromium's A4 PDF
/// holds the summary in at most 4 pages, the main appendix in at most 25, and no blank page.
/// Skipped where Chromium or pdftotext is missing (`.ci/run` installs both).
@Suite("Sample appendix printed to PDF", .serialized,
       .enabled(if: PrintedAppendix.tools != nil
           && FileManager.default.fileExists(atPath: EvidentCommand.packageRoot.appendingPathComponent("Surveys/study.yaml").path)))
struct PrintBudgetTests {
    @Test("summary ≤ 4 printed pages, main appendix ≤ 25, and no page blank or nearly blank")
    func pageBudget() throws {
        let output = try EvidentCommand.temporaryDirectory()
        let result = try EvidentCommand.run(["report", "--output", output.appendingPathComponent("report").path])
        #expect(result.status == 0, "\(result.stderr)")
        let pages = try PrintedAppendix.print(
            output.appendingPathComponent("report/appendix.html"), to: output.appendingPathComponent("appendix.pdf"))
        let budget = try #require(PrintedAppendix.budget(pages), "no page starts the main appendix in \(pages.count) pages")
        #expect(budget.summary <= 4, "summary: \(budget.summary) pages")
        #expect(budget.main <= 25, "main appendix: \(budget.main) pages")
        #expect(budget.annex > 0, "the annex is printed at the end by default")
        for (index, page) in pages.enumerated() {
            #expect(!PrintedAppendix.isNearlyBlank(page), "page \(index + 1) of \(pages.count) is nearly blank: \(page.prefix(200))")
        }
    }

    @Test("the checks themselves: parts counted from their headings, a short page without a figure is blank")
    func checks() {
        let pages = ["cover", "Part A. Summary", "Part B. Main appendix", "more", "Part C. Technical annex"]
        #expect(PrintedAppendix.budget(pages) == PrintedAppendix.Budget(summary: 2, main: 2, annex: 1))
        #expect(PrintedAppendix.budget(["no parts"]) == nil)
        #expect(PrintedAppendix.isNearlyBlank("   Table 4 (continued)\n  one row  \n"))
        #expect(!PrintedAppendix.isNearlyBlank("Figure 3. Respondents mentioning each theme"))
        #expect(!PrintedAppendix.isNearlyBlank(String(repeating: "a full line of text ", count: 20)))
    }
}
