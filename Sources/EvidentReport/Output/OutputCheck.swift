public import EvidentImport
public import EvidentModel
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a run may write, checked before anything is written. Refused, each with what to do:
///
/// - an empty path, the root folder, or a path that is a symbolic link (Evident never writes
///   through one);
/// - an output that is one of the run's inputs (`codebook convert X.yaml X.yaml`, an export
///   named as `export-qdpx --output`);
/// - a report folder that is one of the study's input folders (the manifest's folder, a data
///   set's folder), lies inside a folder data set (where the next run would read it), or holds
///   any input;
/// - an existing report folder that is not Evident's (it has no `.evident-report` marker and is
///   not empty): a report replaces its folder whole, so it must be a folder Evident made;
/// - an existing file that is not a previous Evident output, unless `--force`.
public struct OutputCheck: Sendable {
    /// Files the run reads, absolute with symbolic links resolved.
    public var inputFiles: [String]
    /// Folders the run reads from (the manifest's folder, data sets' folders).
    public var inputFolders: [String]
    /// Folders read whole as one data set (transcripts, ODK submissions): nothing may go inside.
    public var datasetFolders: [String]

    public init(inputFiles: [String] = [], inputFolders: [String] = [], datasetFolders: [String] = []) {
        self.inputFiles = inputFiles.map(Self.resolved)
        self.inputFolders = inputFolders.map(Self.resolved)
        self.datasetFolders = datasetFolders.map(Self.resolved)
    }

    /// The inputs a study's run reads. `manifestInOutput`: the manifest was inferred and written
    /// into the report folder by this run, so its folder is not an input folder.
    public init(spec: StudySpec, manifestInOutput: Bool = false) {
        var files = [spec.manifestPath] + [spec.codebookPath, spec.namesPath].compactMap { $0 }
        var folders = manifestInOutput ? [] : [FilePaths.directory(of: spec.manifestPath)]
        var datasetFolders: [String] = []
        for dataset in spec.datasets {
            if FilePaths.isDirectory(dataset.path) {
                datasetFolders.append(dataset.path)
                folders.append(dataset.path)
            } else {
                files.append(dataset.path)
                folders.append(FilePaths.directory(of: dataset.path))
            }
            if let participants = dataset.participants { files.append(participants) }
        }
        if let agreement = spec.agreement { files += agreement.codingPaths + [agreement.coveragePath].compactMap { $0 } }
        self.init(inputFiles: files, inputFolders: folders, datasetFolders: datasetFolders)
    }

    /// Checks a report folder, which the run will replace whole. `carried` is an input the run
    /// itself put there (an inferred study's manifest), allowed inside.
    public func checkReportFolder(_ path: String, carried: String? = nil) throws(InputError) {
        let target = try place(path, what: "report folder")
        let shown = SourceLocation(file: FilePaths.display(path))
        if inputFiles.contains(target) {
            throw InputError("the report folder is an input of this run", at: shown, help: "write the report to a folder of its own, such as Output/<study>")
        }
        if let folder = inputFolders.first(where: { $0 == target }) {
            throw InputError("the report folder is \(FilePaths.display(folder)), a folder the study reads its inputs from", at: shown,
                             help: "write the report to a folder of its own, such as Output/<study>, with --output or output: in the manifest")
        }
        if let folder = datasetFolders.first(where: { Self.isInside(target, $0) }) {
            throw InputError("the report folder is inside \(FilePaths.display(folder)), a data set the next run would read it from", at: shown,
                             help: "write the report to a folder of its own, such as Output/<study>")
        }
        let carried = carried.map(Self.resolved)
        if let input = (inputFiles + inputFolders).first(where: { $0 != carried && Self.isInside($0, target) }) {
            throw InputError("the report folder holds \(FilePaths.display(input)), an input of this run; a report replaces its folder whole",
                             at: shown, help: "write the report to a folder of its own, such as Output/<study>")
        }
        guard FilePaths.isDirectory(target) else {
            if FilePaths.exists(target) {
                throw InputError("the report folder is a file", at: shown, help: "name a folder, new or written by evident before")
            }
            return
        }
        // The manifest this run inferred into a new (or empty) folder is not someone else's file.
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []).filter { target + "/" + $0 != carried }
        guard entries.isEmpty || entries.contains(ReportTransaction.marker) || Self.isEarlierReport(entries) else {
            throw InputError(
                "the report folder holds files evident did not write; a report replaces its folder whole", at: shown,
                help: "name a new or empty folder, or one evident wrote before")
        }
    }

    /// Checks a folder that named files are written into, not replaced whole (`evident code`'s
    /// `coded_segments.csv`, `evident agree`'s `agreement.*`): it must not be an input, one of
    /// the study's input folders, or inside a folder data set. Each file is then checked with
    /// `checkFile`.
    public func checkOutputFolder(_ path: String) throws(InputError) {
        let target = try place(path, what: "output folder")
        let shown = SourceLocation(file: FilePaths.display(path))
        if inputFiles.contains(target) {
            throw InputError("the output folder is an input of this run", at: shown, help: "name a folder of its own, such as Output/<study>")
        }
        if let folder = inputFolders.first(where: { $0 == target }) {
            throw InputError("the output folder is \(FilePaths.display(folder)), a folder the study reads its inputs from", at: shown,
                             help: "name a folder of its own, such as Output/<study>, with --output")
        }
        if let folder = datasetFolders.first(where: { Self.isInside(target, $0) }) {
            throw InputError("the output folder is inside \(FilePaths.display(folder)), a data set the next run would read it from", at: shown,
                             help: "name a folder of its own, such as Output/<study>")
        }
        if FilePaths.exists(target), !FilePaths.isDirectory(target) {
            throw InputError("the output folder is a file", at: shown, help: "name a folder")
        }
    }

    /// Checks a single output file. An existing file is replaced only when `isOwn` says evident
    /// wrote it, or with `force` (`flag` names the option that gives it; `nil` when the command
    /// has none).
    public func checkFile(_ path: String, force: Bool, flag: String? = "--force", isOwn: (String) -> Bool = { _ in false }) throws(InputError) {
        let target = try place(path, what: "output file")
        let shown = SourceLocation(file: FilePaths.display(path))
        if inputFiles.contains(target) {
            throw InputError("the output is an input of this run", at: shown, help: "name a new file for the output")
        }
        if let folder = datasetFolders.first(where: { Self.isInside(target, $0) }) {
            throw InputError("the output is inside \(FilePaths.display(folder)), a data set the next run would read it from", at: shown,
                             help: "name a file outside the study's data set folders")
        }
        if FilePaths.isDirectory(target) {
            throw InputError("the output is a folder", at: shown, help: "name a file")
        }
        if FilePaths.exists(target), !force, !isOwn(target) {
            throw InputError("the output exists and was not written by evident", at: shown,
                             help: flag.map { "name a new file, or add \($0) to replace it" } ?? "move the file, or write to another folder with --output")
        }
    }

    /// The absolute target, after the checks every output shares.
    private func place(_ path: String, what: String) throws(InputError) -> String {
        guard !path.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw InputError("the \(what) is empty", at: nil, help: "name the \(what)")
        }
        let shown = SourceLocation(file: FilePaths.display(path))
        var status = stat()
        if lstat(FilePaths.absolute(path), &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK {
            throw InputError("the \(what) is a symbolic link; evident never writes through one", at: shown,
                             help: "name the real place, or a new one")
        }
        let target = Self.resolved(path)
        guard target != "/" else {
            throw InputError("the \(what) is the root folder", at: shown, help: "name a folder of its own, such as Output/<study>")
        }
        return target
    }

    /// A folder written by a version of evident older than the marker: a report's own files.
    static func isEarlierReport(_ entries: [String]) -> Bool {
        entries.contains("results.json") && entries.contains("appendix.md")
    }

    static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    /// Absolute, standardised, with symbolic links in its existing part resolved.
    static func resolved(_ path: String) -> String {
        let absolute = FilePaths.absolute(path)
        let parent = (absolute as NSString).deletingLastPathComponent
        let name = (absolute as NSString).lastPathComponent
        let real = URL(fileURLWithPath: parent).resolvingSymlinksInPath().path
        return absolute == "/" ? "/" : (real == "/" ? "/" + name : real + "/" + name)
    }
}
