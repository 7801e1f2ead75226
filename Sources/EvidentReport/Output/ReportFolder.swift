import EvidentImport
public import EvidentModel
public import Foundation

/// The folder a report is written into. Every file is written atomically — to a temporary file
/// beside it, then renamed over the old one — so an interrupted run never leaves a half-written
/// report. File names come from ids only, never from free text.
public struct ReportFolder: Sendable {
    public let path: String
    /// Paths written, relative to the folder, in the order written.
    public private(set) var written: [String] = []

    /// Opens `path`, creating it when missing; a folder created here is marked as Evident's
    /// (`ReportTransaction.marker`), so a later report may replace it.
    public init(path: String) throws(InputError) {
        self.path = path
        do {
            if !FilePaths.exists(path) {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
                try Data("This folder was written by evident.\n".utf8).write(to: URL(fileURLWithPath: path + "/" + ReportTransaction.marker))
            }
        } catch {
            throw InputError("cannot create the output folder: \(error.localizedDescription)", at: SourceLocation(file: path))
        }
    }

    /// Writes `text` as UTF-8 to `relativePath`, creating subfolders as needed.
    ///
    /// Published documents (`.html`, `.md`, `.csv`, `.svg`) are written through
    /// `ControlCharacters.published`: no bidirectional override or control character from the
    /// data reaches a reader; JSON keeps the text as read.
    public mutating func write(_ text: String, to relativePath: String) throws(InputError) {
        let published = [".html", ".md", ".csv", ".svg"].contains { relativePath.lowercased().hasSuffix($0) }
        let text = published ? ControlCharacters.published(text) : text
        try write(Data(text.utf8), to: relativePath)
    }

    /// Writes `bytes` to `relativePath` (a chart's PNG, a Word package), creating subfolders.
    /// Packages that carry published text (`.docx`) pass it through `ControlCharacters.published`
    /// when they build their parts.
    public mutating func write(_ bytes: Data, to relativePath: String) throws(InputError) {
        let target = path + "/" + relativePath
        let folder = (target as NSString).deletingLastPathComponent
        let temporary = folder + "/.evident-" + UUID().uuidString + ".tmp"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try bytes.write(to: URL(fileURLWithPath: temporary))
            if rename(temporary, target) != 0 {
                throw CocoaError(.fileWriteUnknown)
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw InputError("cannot write \(relativePath): \(error.localizedDescription)", at: SourceLocation(file: path))
        }
        written.append(relativePath)
    }

    /// Notes a file put in the folder by another writer (a `StreamingFile`), in its place among
    /// those written.
    public mutating func record(_ relativePath: String) {
        written.append(relativePath)
    }

    /// A file name safe on every system, made from an id: letters, digits, `-`, `_` and `.` kept,
    /// anything else replaced by `-`.
    public static func safeName(_ id: String) -> String {
        let scalars = id.unicodeScalars.map { scalar -> Character in
            let ok = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "-" || scalar == "_" || scalar == "."
            return ok ? Character(scalar) : "-"
        }
        let name = String(scalars).trimmingCharacters(in: CharacterSet(charactersIn: "."))
        return name.isEmpty ? "unnamed" : name
    }
}
