import EvidentModel
import Foundation

extension QDPXParser {
    /// Streams `<Sources>`: each `<TextSource>` with its text and selections; other kinds of
    /// source (pictures, PDFs, audio, video) are skipped with a note.
    mutating func readSources() throws(InputError) {
        while let event = try reader.nextSignificant() {
            switch event {
            case .start(let element) where element.name == "TextSource":
                project.sources.append(try textSource(element))
            case .start(let element) where element.name.hasPrefix("?"):
                try XMLNode.skip(element, from: reader)
            case .start(let element):
                project.warnings.append(.note(
                    "\(element.name) '\(element[attribute: "name"] ?? "")' skipped: only text sources are read",
                    at: location(element.line)
                ))
                try XMLNode.skip(element, from: reader)
            case .end:
                return
            case .text:
                continue
            }
        }
    }

    private mutating func textSource(_ element: XMLElementStart) throws(InputError) -> QDATextSource {
        let guid = element[attribute: "guid"] ?? ""
        let path = element[attribute: "plainTextPath"]
        let fileName = path.map { String($0.split(separator: "/").last ?? Substring($0)) }
        var source = QDATextSource(
            guid: guid, name: element[attribute: "name"] ?? fileName ?? guid, plainTextPath: path, text: nil, line: element.line
        )
        var content: String?
        while let event = try reader.nextSignificant() {
            switch event {
            case .start(let child) where child.name == "PlainTextContent":
                content = try XMLNode.read(child, from: reader).text
            case .start(let child) where child.name == "PlainTextSelection":
                if let selection = selection(try XMLNode.read(child, from: reader)) { source.selections.append(selection) }
            case .start(let child) where child.name == "Coding":
                _ = try XMLNode.read(child, from: reader)
                project.warnings.append(.warning(
                    "a coding of the whole source '\(source.name)' was not read: only codings of selections map to answers",
                    at: location(child.line)
                ))
            case .start(let child):
                try XMLNode.skip(child, from: reader)
            case .end:
                if let content {
                    source.text = content
                } else {
                    source.text = try text(ofPath: path, source: source.name, line: element.line)
                }
                convertPositions(of: &source)
                return source
            case .text:
                continue
            }
        }
        return source
    }

    /// A `<PlainTextSelection>` with its codings; a selection without valid positions is
    /// reported and left out.
    private mutating func selection(_ node: XMLNode) -> QDATextSelection? {
        guard let start = node[attribute: "startPosition"].flatMap({ Int($0.trimmedWhitespace) }),
            let end = node[attribute: "endPosition"].flatMap({ Int($0.trimmedWhitespace) }), start >= 0, end >= start
        else {
            project.warnings.append(.warning(
                "selection skipped: startPosition '\(node[attribute: "startPosition"] ?? "")' and endPosition "
                    + "'\(node[attribute: "endPosition"] ?? "")' are not a span of positions",
                at: location(node.line)
            ))
            return nil
        }
        let creator = node[attribute: "creatingUser"]
        let codings = node.children(named: "Coding").compactMap { coding -> QDACoding? in
            guard let target = coding.child(named: "CodeRef")?[attribute: "targetGUID"] else {
                project.warnings.append(.warning("a coding without a CodeRef was skipped", at: location(coding.line)))
                return nil
            }
            return QDACoding(
                guid: coding[attribute: "guid"] ?? "", codeGUID: target, creatingUser: coding[attribute: "creatingUser"] ?? creator,
                ownUser: coding[attribute: "creatingUser"], line: coding.line
            )
        }
        return QDATextSelection(
            guid: node[attribute: "guid"] ?? "", name: node[attribute: "name"], start: start, end: end, creatingUser: creator,
            codings: codings, line: node.line
        )
    }

    /// The plain text a `plainTextPath` names inside the archive, or `nil` (with a warning).
    private mutating func text(ofPath path: String?, source: String, line: Int) throws(InputError) -> String? {
        guard let path else {
            project.warnings.append(.warning("text source '\(source)' has neither PlainTextContent nor plainTextPath", at: location(line)))
            return nil
        }
        let name: String
        if path.hasPrefix("internal://") {
            name = String(path.dropFirst("internal://".count))
        } else if path.hasPrefix("relative://") || path.hasPrefix("absolute://") {
            project.warnings.append(.warning(
                "text source '\(source)' is outside the archive (\(path)) and was not read; its codings are mapped by position only",
                at: location(line)
            ))
            return nil
        } else {
            name = path
            project.warnings.append(.warning(
                "plainTextPath \"\(path)\" has no internal:// scheme (REFI-QDA requires one); read as sources/\(path)",
                at: location(line)
            ))
        }
        guard var bytes = try archive.sourceData(named: name) else {
            project.warnings.append(.warning("text source '\(source)': the archive holds no sources/\(name)", at: location(line)))
            return nil
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            project.warnings.append(.warning("text source '\(source)': sources/\(name) is not UTF-8 and was not read", at: location(line)))
            return nil
        }
        return text
    }

    /// Turns the source's selection positions from the tool's count into Unicode scalar offsets
    /// (`QDAPositions`), with a note when that moved any.
    private mutating func convertPositions(of source: inout QDATextSource) {
        guard !project.positions.isStandard, let text = source.text, !source.selections.isEmpty else { return }
        let converter = project.positions.converter(for: text)
        var moved = 0
        for index in source.selections.indices {
            let selection = source.selections[index]
            let start = converter.scalarOffset(selection.start)
            let end = converter.scalarOffset(selection.end)
            if (start, end) != (selection.start, selection.end) { moved += 1 }
            source.selections[index].start = start
            source.selections[index].end = end
        }
        guard moved > 0 else { return }
        let unit = project.positions.unit == .utf16 ? "UTF-16 code units" : "code points"
        let lines = project.positions.crlfAsOne ? ", a CRLF line end as one" : ""
        project.warnings.append(.note(
            "source '\(source.name)': positions read as \(project.origin ?? "its tool") counts them (\(unit)\(lines)); "
                + "\(moved) of \(source.selections.count) selections fall elsewhere in Unicode characters",
            at: location(source.line)
        ))
    }

    private func location(_ line: Int) -> SourceLocation {
        SourceLocation(file: file, line: line)
    }
}
