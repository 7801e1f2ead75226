import EvidentModel
import Foundation
import Testing
@testable import EvidentImport

@Suite("REFI-QDA codebooks in")
struct QDACodebookReaderTests {
    static let nvivo = FixturePaths.real("nvivo-mac15-export.qdpx")

    /// Fixtures/exchange/nvivo-hierarchy.txt was written from the real file by Python's
    /// ElementTree (each Code's name, two spaces per level), independently of this reader.
    @Test("the NVivo export's codebook keeps its exact hierarchy: 262 codes, names as labels",
          .enabled(if: FixturePaths.realExists("nvivo-mac15-export.qdpx")))
    func nvivoHierarchy() throws {
        let (codebook, _) = try CodebookFiles.read(path: Self.nvivo)
        let expected = try String(contentsOfFile: FixturePaths.fixture("exchange/nvivo-hierarchy.txt"), encoding: .utf8)
        #expect(ExchangeFixtures.outline(codebook) == expected)
        #expect(codebook.allCodes.count == 262)
        #expect(codebook.name == "qc project")
        #expect(codebook.themes.map(\.id) == ["rq1-definition", "rq2-curriculum-and-instruction", "rq3-process"])
        #expect(codebook.allCodes.allSatisfy { $0.code.isManualOnly && CodebookReader.isCodeID($0.code.id) })
        let ids = codebook.allCodes.map(\.code.id)
        #expect(Set(ids).count == ids.count)
        // Names used twice get their parent's id in front.
        let byPath = Dictionary(uniqueKeysWithValues: codebook.allCodes.map { (($0.ancestors + [$0.code.id]).joined(separator: "/"), $0.code.id) })
        #expect(byPath["rq1-definition/competencies/programming"] == "programming")
        #expect(byPath["rq1-definition/framings/cs-as-programming/cs-as-programming-programming"] == "cs-as-programming-programming")
        #expect(byPath["rq1-definition/rationales/cs-literacy/cs-literacy-digital-citizenship/cs-literacy-digital-citizenship-citizenship"]
            == "cs-literacy-digital-citizenship-citizenship")
    }

    // Issue 13, defect 8: the category's isCodable="false" was read as codable, its GUID was
    // forgotten and the code set was dropped ("code set 'Group' was not read").
    @Test("a codebook from another tool: manual-only codes, descriptions exactly, categories, GUIDs as written, colours, sets")
    func foreignCodebook() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("From ATLAS.qdc", """
            <?xml version="1.0" encoding="utf-8"?>
            <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="ATLAS.ti 23">
              <Codes>
                <Code guid="{0A1B2C3D-0000-4000-8000-000000000001}" name="Barriers" isCodable="false" color="#FF0000">
                  <Description>Things in the way.</Description>
                  <Code guid="0a1b2c3d-0000-4000-8000-000000000002" name="Housing &amp; money" isCodable="true"/>
                  <Code guid="0a1b2c3d-0000-4000-8000-000000000003" name="Housing &amp; money" isCodable="true"/>
                </Code>
                <Code guid="0a1b2c3d-0000-4000-8000-000000000004" name="Café culture" isCodable="true"/>
              </Codes>
              <Sets><Set guid="0a1b2c3d-0000-4000-8000-000000000009" name="Group"><MemberCode guid="0a1b2c3d-0000-4000-8000-000000000004"/></Set></Sets>
            </CodeBook>
            """)
        let read = try QDACodebookReader.read(path: path)
        let codebook = read.codebook
        #expect(codebook.name == "From ATLAS")
        #expect(codebook.themes.map(\.id) == ["barriers", "cafe-culture"])
        #expect(codebook.themes[0].definition == "Things in the way.")
        #expect(codebook.themes[0].color == "#FF0000")
        #expect(codebook.themes[0].codes.map(\.id) == ["housing-money", "barriers-housing-money"])
        #expect(codebook.themes[0].codes.map(\.label) == ["Housing & money", "Housing & money"])
        #expect(codebook.allCodes.allSatisfy { $0.code.isManualOnly })
        #expect(read.codeID(forGUID: "0A1B2C3D-0000-4000-8000-000000000003") == "barriers-housing-money")
        #expect(read.codeID(forGUID: "{0a1b2c3d-0000-4000-8000-000000000001}") == "barriers")
        #expect(codebook.themes.map(\.isCodable) == [false, true])
        #expect(codebook.allCodes.map(\.code.guid) == [
            "{0A1B2C3D-0000-4000-8000-000000000001}", "0a1b2c3d-0000-4000-8000-000000000002", "0a1b2c3d-0000-4000-8000-000000000003",
            "0a1b2c3d-0000-4000-8000-000000000004",
        ])
        #expect(codebook.sets == [CodeSet(
            name: "Group", guid: "0a1b2c3d-0000-4000-8000-000000000009", codeIDs: ["cafe-culture"],
            declaredAt: SourceLocation(file: FilePaths.display(path), line: 11, column: 9)
        )])
        #expect(read.warnings.isEmpty)
    }

    @Test("an unknown key in Evident's block is an error at its line in the file")
    func badBlock() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("bad.qdc", """
            <?xml version="1.0" encoding="utf-8"?>
            <CodeBook xmlns="urn:QDA-XML:codebook:1.0">
              <Codes>
                <Code guid="0a1b2c3d-0000-4000-8000-000000000001" name="Housing" isCodable="true">
                  <Description>Housing.

            ```evident
            id: housing
            pattern:
              - housing
            ```</Description>
                </Code>
              </Codes>
            </CodeBook>
            """)
        do {
            _ = try QDACodebookReader.read(path: path)
        } catch {
            #expect(error.description == """
                error: unknown key 'pattern' in the Evident block of code 'Housing' --> \(FilePaths.display(path)):9:1
                  help: did you mean 'patterns'? keys allowed here: id, definition, include, exclude_guidance, patterns, exclude, negation, applies_to, examples, color
                """)
        }
    }

    @Test("a file whose root is not <CodeBook> is refused")
    func notACodebook() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("x.qdc", "<?xml version=\"1.0\"?>\n<Project name=\"p\"/>\n")
        do {
            _ = try QDACodebookReader.read(path: path)
            Issue.record("expected an error")
        } catch {
            #expect(error.headline == "error: not a REFI-QDA codebook: the root element is <Project>, not <CodeBook> --> \(FilePaths.display(path)):2:1")
        }
    }

    @Test("ids from names: slugs, accents dropped, parent then number on a clash", arguments: [
        ("rq1_definition", "rq1-definition"), ("Café  culture!", "cafe-culture"), ("---", "code"), ("思考", "code"),
        ("Self-categorization", "self-categorization"),
    ])
    func slugs(name: String, slug: String) {
        #expect(CodeIDMaker.slug(name) == slug)
    }

    @Test("a repeated name under the same parent gets a number")
    func numbering() {
        var maker = CodeIDMaker()
        #expect(maker.make(name: "a", parentID: "p") == "a")
        #expect(maker.make(name: "a", parentID: "p") == "p-a")
        #expect(maker.make(name: "a", parentID: "p") == "p-a-2")
        #expect(maker.make(name: "a", parentID: nil) == "a-2")
    }
}
