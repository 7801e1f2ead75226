import Dispatch
import Foundation

/// Draws a chart's SVG as a PNG (twice the SVG's pixel size, white background, 192 dpi so it
/// keeps the SVG's size on the page) for people who paste charts into PowerPoint or an older
/// Word, and for the Word appendix's picture fallback.
///
/// The drawing is done by `rsvg-convert` (librsvg; Debian's `librsvg2-bin`, Homebrew's
/// `librsvg`), run once per chart. Decided over the alternatives: no listed Swift package
/// rasterises SVG with text, and writing a font rasteriser by hand is out of proportion; linking
/// librsvg in-process would make its development headers (and glib's and cairo's) a build
/// requirement for everyone; headless Chromium or LibreOffice take a second or more per chart
/// and hundreds of megabytes. `.ci/run` installs `librsvg2-bin`; where it is missing the report is
/// still written, without PNGs, and the run says how to get them. The same librsvg gives the
/// same bytes for the same SVG, so reruns stay byte-identical.
struct ChartRasterizer: Sendable {
    /// The `rsvg-convert` found on `PATH` (or in the usual places), if any.
    let tool: String?

    init(searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) {
        let folders = (searchPath ?? "").split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        tool = folders.map { $0 + "/rsvg-convert" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// What to tell the user when there is no rasteriser.
    static let missingNote = "note: charts/*.png were not written: rsvg-convert was not found (Debian: apt-get install librsvg2-bin; macOS: brew install librsvg); the SVGs are there"

    /// Every figure's PNG, by figure name: the charts drawn side by side on every core (each
    /// `rsvg-convert` run spends most of its time starting up, so one after another they took
    /// about half of the sample study's report). Each PNG depends only on its own SVG, so the
    /// result is the same in any order.
    func pngs(_ figures: [Figure]) -> [String: Data] {
        guard tool != nil, !figures.isEmpty else { return [:] }
        let drawn = Drawn(count: figures.count)
        DispatchQueue.concurrentPerform(iterations: figures.count) { index in
            drawn.set(index, png(figures[index].standaloneSVG))
        }
        var result: [String: Data] = [:]
        for (figure, png) in zip(figures, drawn.values) { result[figure.name] = png }
        return result
    }

    /// The PNGs being drawn, one slot per figure.
    ///
    /// `@unchecked Sendable`: each slot is written by one iteration only, under the lock, and
    /// read after `concurrentPerform` has returned.
    private final class Drawn: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [Data?]

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Data?) {
            lock.lock()
            values[index] = value
            lock.unlock()
        }
    }

    /// The PNG of `svg`, or `nil` when there is no rasteriser or it fails.
    func png(_ svg: String) -> Data? {
        guard let tool else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["--format", "png", "--zoom", "2", "--dpi-x", "192", "--dpi-y", "192", "--background-color", "white"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        // Write on another thread while this one reads, so neither pipe fills and blocks.
        let writer = Thread {
            input.fileHandleForWriting.write(Data(svg.utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, data.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return nil }
        return data
    }
}
