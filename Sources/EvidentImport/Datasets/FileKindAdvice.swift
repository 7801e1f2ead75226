public import EvidentModel

/// What to tell a user whose file is not what the command reads: what the file is, and where
/// it belongs instead.
public enum FileKindAdvice {
    /// The error for a file of `kind` given where a table of responses was expected.
    public static func notATable(_ kind: FileKind, file: String) -> InputError {
        let location = SourceLocation(file: file)
        switch kind {
        case .empty:
            return InputError("the file is empty", at: location, help: "export the responses again")
        case .text:
            return InputError(
                "the file is \(kind), not a table of responses", at: location,
                help: "an interview transcript belongs in an interviews data set (kind: interviews, file: its folder); a survey export has one column heading per question"
            )
        case .wordDocument:
            return InputError(
                "the file is \(kind), not a table of responses", at: location,
                help: "a Word transcript belongs in an interviews data set (kind: interviews, file: its folder)"
            )
        case .refiProject, .xml(.refiCodebook), .xml(.refiProjectXML):
            return InputError(
                "the file is \(kind), not survey responses", at: location,
                help: "use it as a codebook (codebook: in the manifest, or evident codebook lint), or compare its coding with evident agree --coding"
            )
        case .limeSurveyArchive, .xml(.limeSurvey):
            return InputError(
                "the file is \(kind): Evident does not read LimeSurvey's own XML yet", at: location,
                help: "in LimeSurvey, export the responses as CSV (Responses > Export > CSV), with question codes or question code and text as headings"
            )
        case .openDocument:
            return InputError("the file is \(kind), which Evident does not read yet", at: location,
                              help: "save it as .xlsx or CSV UTF-8 from LibreOffice and name that file")
        case .legacyOffice(let encrypted):
            return InputError(
                "the file is \(kind), which Evident cannot read", at: location,
                help: encrypted ? "remove the password (in Excel: File > Info > Protect Workbook) and save it again as .xlsx"
                    : "open it in Excel or LibreOffice and save it as .xlsx or CSV UTF-8"
            )
        case .pdf:
            return InputError("the file is \(kind), not a table of responses", at: location,
                              help: "download the responses themselves (CSV or .xlsx) from the survey tool")
        case .xml(.formDefinition):
            return InputError("the file is \(kind)", at: location,
                              help: "download the submissions (CSV, .xlsx or the instance XML files) from ODK Central or KoBoToolbox")
        case .folder:
            return InputError("this is a folder, not a file", at: location, help: "name the export file inside it")
        default:
            return InputError("the file is \(kind), not a table of responses", at: location,
                              help: "name a survey export: CSV, TSV, .xlsx, or the XML the manifest's format says")
        }
    }
}
