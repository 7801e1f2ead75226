import EvidentModel

/// The zip side of a `.qdpx`: finds the project XML and reads the files in its sources folder,
/// through `ZipArchive`, so every limit on zips holds here (bombs, overlapping and duplicate
/// entries are refused before anything is inflated; nothing is unpacked to disk).
///
/// The sources folder is `sources/` (REFI-QDA 1.5 §8.1) or `Sources/` (as some tools write it):
/// both are looked up. Not thread-safe.
final class QDPXArchiveReader {
    /// The `.qdpx` as shown to the user.
    let file: String
    private let archive: ZipArchive

    init(path: String) throws(InputError) {
        file = FilePaths.display(path)
        guard FilePaths.exists(path) else {
            throw InputError("cannot read file", at: SourceLocation(file: file), help: "check that the file exists and is readable")
        }
        do {
            archive = try ZipArchive(path: path, file: file)
        } catch {
            guard error == ZipRefusal.notZip(file) else { throw error }
            throw InputError("not a REFI-QDA project: the file is not a zip archive", at: SourceLocation(file: file),
                             help: "a .qdpx is a zip holding project.qde and a sources folder; export the project again")
        }
    }

    /// The path of the project XML inside the archive: `project.qde`, else the only `.qde` at
    /// the top level.
    func projectEntryPath() throws(InputError) -> String {
        if let entry = archive.entry("project.qde") { return entry.path }
        let candidates = archive.entries.filter { !$0.isFolder && $0.key.hasSuffix(".qde") && !$0.key.contains("/") }
        guard let entry = candidates.sorted(by: { $0.path < $1.path }).first else {
            throw InputError("not a REFI-QDA project: the archive holds no project.qde", at: SourceLocation(file: file))
        }
        return entry.path
    }

    /// A reader of the XML entry at `path`, streamed from the archive.
    func xmlReader(_ path: String, displayPath: String, options: XMLStreamReader.Options = XMLStreamReader.Options()) throws(InputError) -> XMLStreamReader {
        guard let entry = archive.entry(path) else { throw ZipRefusal.missing(file, path) }
        return XMLStreamReader(entry: try archive.stream(entry), displayPath: displayPath, options: options)
    }

    /// The bytes of the entry at `path` (matched without regard to case), or `nil` when the
    /// archive has no such file.
    func dataIfPresent(at path: String) throws(InputError) -> [UInt8]? {
        guard let entry = archive.entry(path) else { return nil }
        return try archive.contents(of: entry)
    }

    /// The bytes of the file `name` in the sources folder, or `nil` when there is none.
    func sourceData(named name: String) throws(InputError) -> [UInt8]? {
        try dataIfPresent(at: "sources/" + name)
    }
}
