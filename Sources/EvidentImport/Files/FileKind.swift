/// What a file is, told from its bytes rather than its name (`FileSniffer`), so that every
/// command hands it to the right reader or says plainly what it is and what to do.
public enum FileKind: Sendable, Hashable, CustomStringConvertible {
    /// A folder.
    case folder
    /// A file with no bytes.
    case empty
    /// Delimited text: a survey export, a coders' CSV, a codebook CSV.
    case delimited
    /// Plain text that is not a table: an interview transcript, notes.
    case text
    /// An Excel workbook (`.xlsx`, `.xlsm`): a zip holding `xl/workbook.xml`.
    case workbook
    /// A Word document (`.docx`): a zip holding `word/document.xml`.
    case wordDocument
    /// A REFI-QDA project (`.qdpx`): a zip holding a `.qde` project.
    case refiProject
    /// A LimeSurvey survey archive (`.lsa`): a zip holding `.lss` and `.lsr` files.
    case limeSurveyArchive
    /// An OpenDocument file (`.ods`, `.odt`), by the type its `mimetype` entry names.
    case openDocument(String)
    /// Any other zip archive.
    case zip
    /// An OLE compound file: an Excel 97–2003 `.xls`, a Word `.doc`, or a password-protected
    /// Office file.
    case legacyOffice(encrypted: Bool)
    /// A PDF.
    case pdf
    /// XML, by its root element.
    case xml(XMLKind)
    /// Binary data that is none of the above.
    case binary

    public var description: String {
        switch self {
        case .folder: "a folder"
        case .empty: "an empty file"
        case .delimited: "delimited text (a CSV or TSV table)"
        case .text: "plain text with no columns (a transcript or notes)"
        case .workbook: "an Excel workbook (.xlsx)"
        case .wordDocument: "a Word document (.docx)"
        case .refiProject: "a REFI-QDA project (.qdpx)"
        case .limeSurveyArchive: "a LimeSurvey survey archive (.lsa)"
        case .openDocument(let type): "an OpenDocument \(type == "ods" ? "spreadsheet (.ods)" : type == "odt" ? "text document (.odt)" : "file")"
        case .zip: "a zip archive"
        case .legacyOffice(let encrypted):
            encrypted ? "a password-protected Office file" : "an Office 97–2003 file (.xls or .doc)"
        case .pdf: "a PDF"
        case .xml(let kind): kind.description
        case .binary: "binary data"
        }
    }
}

/// What an XML file is, by its root element and namespace.
public enum XMLKind: Sendable, Hashable, CustomStringConvertible {
    /// ODK / KoBoToolbox submission instances (a root named after the form, or a wrapper).
    case odkSubmission
    /// A Qualtrics XML response export (`<Responses>`).
    case qualtricsResponses
    /// The suite's Most Significant Change stories (`<msc-stories>`).
    case mscStories
    /// A REFI-QDA codebook (`<CodeBook>` in `urn:QDA-XML:codebook:1.0`): a `.qdc`.
    case refiCodebook
    /// A REFI-QDA project file (`<Project>` in `urn:QDA-XML:project:1.0`): a `.qde`.
    case refiProjectXML
    /// A LimeSurvey structure or response file (`<document>` with `<LimeSurveyDocType>`).
    case limeSurvey
    /// An ODK / XLSForm form definition (`<h:html>` with an XForms model), not submissions.
    case formDefinition
    /// Anything else, by its root element's name.
    case other(root: String)

    public var description: String {
        switch self {
        case .odkSubmission: "ODK / KoBoToolbox submissions (XML)"
        case .qualtricsResponses: "a Qualtrics XML response export"
        case .mscStories: "Most Significant Change stories (msc-xml)"
        case .refiCodebook: "a REFI-QDA codebook (.qdc)"
        case .refiProjectXML: "a REFI-QDA project file (.qde)"
        case .limeSurvey: "a LimeSurvey XML file (.lss survey structure or .lsr responses)"
        case .formDefinition: "an ODK form definition (XForm), not submissions"
        case .other(let root): "XML with a <\(root)> root"
        }
    }
}
