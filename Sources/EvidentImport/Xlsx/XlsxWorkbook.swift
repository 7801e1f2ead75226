import EvidentModel

/// An Excel workbook's structure: its sheets in order (`xl/workbook.xml`), where each sheet's
/// part is (`xl/_rels/workbook.xml.rels`), its date system (`workbookPr date1904`), its styles
/// and its shared strings.
struct XlsxWorkbook {
    struct Sheet: Sendable, Hashable {
        var name: String
        /// The part's path in the zip (`xl/worksheets/sheet1.xml`).
        var part: String
        var isHidden: Bool
        /// A chart sheet holds no cells.
        var isChart: Bool
    }

    let file: String
    let archive: ZipArchive
    let sheets: [Sheet]
    let is1904: Bool
    let limits: XlsxPart.Limits
    private let sharedStringsPart: String
    private let stylesPart: String

    init(path: String, file: String, limits: XlsxPart.Limits = .standard) throws(InputError) {
        self.file = file
        self.limits = limits
        archive = try ZipArchive(path: path, file: file)
        guard let workbook = try XlsxPart.reader(archive, "xl/workbook.xml", limit: limits.small, file: file) else {
            throw InputError("the workbook has no xl/workbook.xml", at: SourceLocation(file: file),
                             help: "the file is not a complete Excel workbook: save it again from Excel or LibreOffice as .xlsx")
        }
        var declared: [(name: String, id: String, hidden: Bool)] = []
        var is1904 = false
        while let event = try workbook.next() {
            guard case .start(let element) = event else { continue }
            if element.name == "workbookPr", let value = element[attribute: "date1904"] {
                is1904 = value == "1" || value.lowercased() == "true"
            }
            if element.name == "sheet", let name = element[attribute: "name"] {
                let id = element.attributes.first { $0.name == "id" && $0.namespace != nil }?.value ?? element[attribute: "id"] ?? ""
                let state = element[attribute: "state"] ?? "visible"
                declared.append((name, id, state != "visible"))
            }
        }
        self.is1904 = is1904
        let relationships = try Self.relationships(archive, file: file, limit: limits.small)
        sheets = declared.map { sheet in
            let target = relationships.first { $0.id == sheet.id }
            return Sheet(
                name: sheet.name, part: target.map { Self.resolve($0.target) } ?? "",
                isHidden: sheet.hidden, isChart: target?.type.hasSuffix("/chartsheet") == true
            )
        }
        sharedStringsPart = relationships.first { $0.type.hasSuffix("/sharedStrings") }.map { Self.resolve($0.target) } ?? "xl/sharedStrings.xml"
        stylesPart = relationships.first { $0.type.hasSuffix("/styles") }.map { Self.resolve($0.target) } ?? "xl/styles.xml"
    }

    /// The sheet named `name` (exactly, else ignoring case), or the first visible worksheet.
    func sheet(named name: String?) throws(InputError) -> Sheet {
        let worksheets = sheets.filter { !$0.isChart && !$0.part.isEmpty }
        if let name {
            if let sheet = worksheets.first(where: { $0.name == name }) ?? worksheets.first(where: { $0.name.lowercased() == name.lowercased() }) {
                return sheet
            }
            throw InputError(
                "the workbook has no sheet named '\(name)'", at: SourceLocation(file: file),
                help: "its sheets are " + sheets.map { "'\($0.name)'" }.joined(separator: ", ")
            )
        }
        guard let first = worksheets.first(where: { !$0.isHidden }) ?? worksheets.first else {
            throw InputError("the workbook has no worksheet", at: SourceLocation(file: file), help: "check the file is the survey export")
        }
        return first
    }

    func styles() throws(InputError) -> XlsxStyles {
        guard let part = try XlsxPart.reader(archive, stylesPart, limit: limits.small, file: file) else { return XlsxStyles() }
        return try XlsxStyles(part)
    }

    func sharedStrings() throws(InputError) -> XlsxSharedStrings {
        guard let part = try XlsxPart.reader(archive, sharedStringsPart, limit: limits.sharedStrings, file: file) else {
            return XlsxSharedStrings()
        }
        return try XlsxSharedStrings(part, countLimit: limits.sharedStringCount, file: file)
    }

    private static func relationships(_ archive: ZipArchive, file: String, limit: UInt64) throws(InputError) -> [(id: String, type: String, target: String)] {
        guard let part = try XlsxPart.reader(archive, "xl/_rels/workbook.xml.rels", limit: limit, file: file) else { return [] }
        var found: [(id: String, type: String, target: String)] = []
        while let event = try part.next() {
            guard case .start(let element) = event, element.name == "Relationship",
                  let id = element[attribute: "Id"], let target = element[attribute: "Target"] else { continue }
            found.append((id, element[attribute: "Type"] ?? "", target))
        }
        return found
    }

    /// A relationship target as a path in the zip: absolute (`/xl/worksheets/sheet1.xml`) or
    /// relative to `xl/` (`worksheets/sheet1.xml`), with `..` resolved.
    static func resolve(_ target: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : ["xl"]
        for component in target.split(separator: "/") {
            if component == ".." { _ = parts.popLast() } else if component != "." { parts.append(component) }
        }
        return parts.joined(separator: "/")
    }
}
