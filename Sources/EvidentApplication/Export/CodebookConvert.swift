import EvidentCoding
import EvidentExchange
public import EvidentImport
public import EvidentModel
import EvidentReport
import Foundation

/// `evident codebook convert IN OUT`: reads a codebook in any exchanged form and writes it in
/// another, each chosen by the file's extension (`CodebookFiles.Format`). A `.qdpx` written here
/// is a project holding only the codebook and its code sets (`QDPXCodebookProject`); a project
/// with coded sources comes from `evident export-qdpx`.
public enum CodebookConvert {
    public struct Outcome: Sendable {
        /// The file written, as shown to the user.
        public var file: String
        /// Codes written, themes included.
        public var codes: Int
        /// Code sets written.
        public var sets: Int
        /// What reading the input noticed.
        public var warnings: [Diagnostic]
    }

    /// Refuses an output that is the input, a symbolic link, or an existing file evident did not
    /// write (a `.qdc` or `.qdpx` of evident's is replaced; a YAML or CSV codebook carries no mark
    /// of who wrote it, so only with `force`), unless `force` (`OutputCheck`).
    ///
    /// Refuses, too, a codebook that `report` and `codebook lint` refuse: it is compiled as a
    /// report compiles it (every pattern and exclusion that does not parse is listed), so a
    /// conversion never passes on a codebook no run could use.
    public static func convert(input: String, output: String, force: Bool = false) throws(InputErrors) -> Outcome {
        do {
            return try write(input: input, output: output, force: force)
        } catch let errors as InputErrors {
            throw errors
        } catch let error as InputError {
            throw InputErrors([error])
        } catch {
            throw InputErrors([InputError("cannot compile the codebook: \(error)")])
        }
    }

    private static func write(input: String, output: String, force: Bool) throws -> Outcome {
        guard let format = CodebookFiles.Format(path: output) else {
            throw InputError(
                "cannot tell what to write from the output's name", at: SourceLocation(file: FilePaths.display(output)),
                help: "name it .yaml, .yml, .csv, .qdc or .qdpx"
            )
        }
        try OutputCheck(inputFiles: [input]).checkFile(output, force: force, isOwn: { existing in
            switch format {
            case .qdpx: QDPXExport.isOwn(existing)
            // A .qdc evident wrote names it as its origin; YAML and CSV codebooks carry no mark.
            case .qdc: (try? FilePaths.readText(existing))?.prefix(1_000).contains("origin=\"Evident\"") == true
            default: false
            }
        })
        let (codebook, warnings) = try CodebookFiles.read(path: input)
        _ = try CodingEngine(codebook: codebook)
        let target = FilePaths.absolute(output)
        var folder = try ReportFolder(path: FilePaths.directory(of: target))
        if format == .qdpx {
            let data = try QDPXArchiveWriter.archive(
                projectXML: QDPXCodebookProject.projectXML(codebook), sources: [], file: FilePaths.display(target)
            )
            do {
                try data.write(to: URL(fileURLWithPath: target), options: .atomic)
            } catch {
                throw InputError("cannot write the project: \(error.localizedDescription)", at: SourceLocation(file: FilePaths.display(target)))
            }
        } else {
            try folder.write(render(codebook, as: format), to: URL(fileURLWithPath: target).lastPathComponent)
        }
        return Outcome(file: FilePaths.display(target), codes: codebook.allCodes.count, sets: codebook.sets.count, warnings: warnings)
    }

    /// The codebook in `format` as text (a `.qdpx`, being a zip, has no text form: its project
    /// XML is given).
    public static func render(_ codebook: Codebook, as format: CodebookFiles.Format) -> String {
        switch format {
        case .yaml: CodebookYAMLWriter.render(codebook)
        case .csv: CodebookCSVWriter.render(codebook)
        case .qdc: QDCWriter.render(codebook)
        case .qdpx: QDPXCodebookProject.projectXML(codebook)
        }
    }
}
