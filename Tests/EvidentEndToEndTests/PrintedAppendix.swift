import Foundation

/// The HTML appendix printed as a reader prints it: headless Chromium to an A4 PDF, then the
/// text of each page through poppler's `pdftotext` (both installed by `.ci/run`: chromium,
/// poppler-utils), so a test can count pages per part and find blank ones.
enum PrintedAppendix {
    /// Chromium and pdftotext, when both are installed.
    static var tools: (chromium: String, pdftotext: String)? {
        let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/local/bin/chromium", "/usr/bin/google-chrome"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        let pdftotext = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext", "/opt/homebrew/bin/pdftotext"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        guard let chromium, let pdftotext else { return nil }
        return (chromium, pdftotext)
    }

    /// How many printed pages each part takes, from the part headings' text (`Section.Tier.partTitle`,
    /// found nowhere else): the summary is everything before the main appendix's first page
    /// (cover and contents included), the main appendix runs to the page before the annex's.
    struct Budget: Equatable {
        var summary: Int
        var main: Int
        var annex: Int
    }

    static func budget(_ pages: [String]) -> Budget? {
        guard let main = pages.firstIndex(where: { $0.contains("Part B. Main appendix") }) else { return nil }
        let annex = pages.firstIndex(where: { $0.contains("Part C. Technical annex") }) ?? pages.count
        return Budget(summary: main, main: annex - main, annex: pages.count - annex)
    }

    /// A page a reader would call blank: under `minimum` printed characters (spaces aside) and
    /// no figure on it (a figure's caption, "Figure 3.", is printed with it, never split from it).
    static func isNearlyBlank(_ page: String, minimum: Int = 200) -> Bool {
        let characters = page.unicodeScalars.count { !CharacterSet.whitespacesAndNewlines.contains($0) }
        return characters < minimum && page.range(of: #"Figure \d+\."#, options: .regularExpression) == nil
    }

    /// Prints `html` to `pdf` with Chromium (its own profile folder, so runs never share one),
    /// and returns each page's text.
    static func print(_ html: URL, to pdf: URL) throws -> [String] {
        guard let tools else { return [] }
        let profile = pdf.deletingLastPathComponent().appendingPathComponent("chromium-profile")
        try run(tools.chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=" + profile.path,
            "--print-to-pdf=" + pdf.path, html.absoluteString,
        ])
        let text = pdf.deletingPathExtension().appendingPathExtension("txt")
        try run(tools.pdftotext, ["-layout", pdf.path, text.path])
        let pages = String(decoding: try Data(contentsOf: text), as: UTF8.self).components(separatedBy: "\u{0C}")
        // pdftotext ends every page with a form feed, so the last piece is empty.
        return pages.last?.isEmpty == true ? Array(pages.dropLast()) : pages
    }

    /// Runs a tool, stopping it after `seconds`; its output is discarded.
    static func run(_ path: String, _ arguments: [String], seconds: Double = 240) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let timer = DispatchWorkItem { process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: timer)
        process.waitUntilExit()
        timer.cancel()
    }
}
