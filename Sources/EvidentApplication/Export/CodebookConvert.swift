import EvidentExchange
public import EvidentImport
public import EvidentModel
import EvidentReport
import Foundation

/// `evident codebook convert IN OUT`: reads a codebook in any exchanged form and writes it in
/// another, each chosen by the file's extension (`CodebookFiles.Format`). Writing a `.qdpx` is
/// not a codebook form: use `evident export-qdpx` for a project.
public enum CodebookConvert {
    public struct Outcome: Sendable {
        /// The file written, as shown to the user.
        public var file: String
        /// Codes written, themes included.
        public var codes: Int
        /// What reading the input noticed.
        public var warnings: [Diagnostic]
    }

    public static func convert(input: String, output: String) throws(InputError) -> Outcome {
        guard let format = CodebookFiles.Format(path: output), format != .qdpx else {
            throw InputError(
                "cannot tell what to write from the output's name", at: SourceLocation(file: FilePaths.display(output)),
                help: "name it .yaml, .yml, .csv or .qdc (a .qdpx project comes from evident export-qdpx)"
            )
        }
        let (codebook, warnings) = try CodebookFiles.read(path: input)
        let text = render(codebook, as: format)
        let target = FilePaths.absolute(output)
        var folder = try ReportFolder(path: FilePaths.directory(of: target))
        try folder.write(text, to: URL(fileURLWithPath: target).lastPathComponent)
        return Outcome(file: FilePaths.display(target), codes: codebook.allCodes.count, warnings: warnings)
    }

    /// The codebook in `format` (not `.qdpx`).
    public static func render(_ codebook: Codebook, as format: CodebookFiles.Format) -> String {
        switch format {
        case .yaml, .qdpx: CodebookYAMLWriter.render(codebook)
        case .csv: CodebookCSVWriter.render(codebook)
        case .qdc: QDCWriter.render(codebook)
        }
    }
}
