import EvidentModel
import Foundation
import ZIPFoundation

@testable import EvidentImport

/// Builders for interview tests: Word files made at run time (no binaries committed), plain
/// transcripts, and the manifest location data sets are declared at.
enum InterviewFixtures {
    static let manifest = SourceLocation(file: "Surveys/study.yaml", line: 40, column: 5)

    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A paragraph of runs: `(text, bold)`.
    static func paragraph(_ runs: [(String, Bool)]) -> String {
        let body = runs.map { text, bold in
            let properties = bold ? "<w:rPr><w:b/></w:rPr>" : ""
            return "<w:r>\(properties)<w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r>"
        }.joined()
        return "<w:p>\(body)</w:p>"
    }

    /// A bold speaker name, then the turn's text.
    static func turn(_ speaker: String, _ text: String) -> String {
        paragraph([(speaker, true), (" " + text, false)])
    }

    /// `word/document.xml` around body XML.
    static func document(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="\(wordNamespace)" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>\(body)<w:sectPr/></w:body></w:document>
        """
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """

    /// The bytes of a `.docx` holding `documentXML` (and a comments part when given).
    static func docx(_ documentXML: String, comments: String? = nil) throws -> [UInt8] {
        var parts = ["[Content_Types].xml": contentTypes, "word/document.xml": documentXML]
        if let comments { parts["word/comments.xml"] = comments }
        return try archive(parts)
    }

    /// A zip archive of text parts, in path order.
    static func archive(_ parts: [String: String]) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data ?? Data())
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Splits plain text into turns with the default interviewers.
    static func split(_ text: String, interviewers: [String] = InterviewLoader.defaultInterviewers, people: [String] = []) -> TurnSplitter.Result {
        let source = TranscriptSource(scalars: Array(text.unicodeScalars))
        return TurnSplitter(rules: SpeakerRules(interviewers: interviewers, people: people)).split(source, file: "t.txt")
    }

    /// A data set spec for a folder of transcripts.
    static func spec(_ path: String, attributes: [String] = []) -> DatasetSpec {
        DatasetSpec(id: "parent-interviews", kind: .interviews, path: path, attributes: attributes, declaredAt: manifest)
    }
}
