import Foundation

/// The text a reader can find in a report folder, file by file, for the personal-data checks:
/// packages (`appendix.docx` and the workbooks inside its charts) are unzipped, part by part,
/// since their compressed bytes can hold any three letters by chance; PNGs are left out (their
/// text is drawn, and the SVG beside each holds the same text, checked as text).
enum PublishedText {
    static func files(in folder: URL) throws -> [String: String] {
        var texts: [String: String] = [:]
        for (name, data) in try EvidentCommand.snapshot(folder) {
            let kind = (name as NSString).pathExtension.lowercased()
            if kind == "png" { continue }
            if ["docx", "xlsx"].contains(kind) {
                let unpacked = try EvidentCommand.temporaryDirectory()
                let package = unpacked.appendingPathComponent("package." + kind)
                try data.write(to: package)
                let parts = unpacked.appendingPathComponent("parts")
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
                process.arguments = ["-q", "-o", package.path, "-d", parts.path]
                try process.run()
                process.waitUntilExit()
                guard process.terminationStatus == 0 else { throw CocoaError(.fileReadCorruptFile) }
                for (part, text) in try files(in: parts) { texts[name + "/" + part] = text }
            } else {
                texts[name] = String(decoding: data, as: UTF8.self)
            }
        }
        return texts
    }
}
