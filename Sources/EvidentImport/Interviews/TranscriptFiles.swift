import EvidentModel
import Foundation

/// The transcript files of an `interviews` data set: the file its manifest names, or every file
/// in the folder it names and the folders below, in path order, hidden files left out.
///
/// `.txt`, `.text`, `.md`, `.markdown` are plain text; `.docx`, `.docm`, `.dotx` are Word.
/// `.doc`, `.rtf`, `.odt`, `.pdf` and `.pages` are transcripts that cannot be read (counted,
/// and refused with what to do). Anything else (audio, spreadsheets, the participants CSV,
/// Word's `~$` lock files, a `README`) is not a transcript and is left out, with a note.
enum TranscriptFiles {
    enum Kind: Sendable, Hashable {
        case text
        case markdown
        case docx
        /// A document format that cannot be read, by its extension.
        case unsupported(String)
    }

    struct Entry: Sendable, Hashable {
        /// The full path.
        var path: String
        /// The path below the folder (the file name for a top-level file): the transcript's id.
        var name: String
        var kind: Kind
    }

    struct Listing: Sendable {
        var entries: [Entry] = []
        /// Files left out, by name below the folder.
        var ignored: [String] = []
    }

    static func kind(ofExtension ext: String) -> Kind? {
        switch ext.lowercased() {
        case "txt", "text": .text
        case "md", "markdown": .markdown
        case "docx", "docm", "dotx": .docx
        case "doc", "rtf", "odt", "pdf", "pages": .unsupported(ext.lowercased())
        default: nil
        }
    }

    /// Lists `path` (a file or a folder); `skipping` is a file not to count (the participants CSV).
    static func list(_ path: String, skipping: String?) -> Listing {
        var listing = Listing()
        guard FilePaths.isDirectory(path) else {
            let name = (path as NSString).lastPathComponent
            if let kind = kind(ofExtension: (name as NSString).pathExtension) {
                listing.entries.append(Entry(path: path, name: name, kind: kind))
            } else {
                listing.ignored.append(name)
            }
            return listing
        }
        let skipped = skipping.map(FilePaths.absolute)
        let names = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
        for name in names {
            let components = name.split(separator: "/")
            if components.contains(where: { $0.hasPrefix(".") }) { continue }
            let full = path + "/" + name
            if FilePaths.isDirectory(full) || FilePaths.absolute(full) == skipped { continue }
            let file = String(components.last ?? "")
            let isReadme = (file as NSString).deletingPathExtension.lowercased() == "readme"
            if !file.hasPrefix("~$"), !isReadme, let kind = kind(ofExtension: (file as NSString).pathExtension) {
                listing.entries.append(Entry(path: full, name: name, kind: kind))
            } else {
                listing.ignored.append(name)
            }
        }
        return listing
    }
}
