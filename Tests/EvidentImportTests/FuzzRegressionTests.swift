import EvidentModel
import Foundation
import Testing
@testable import EvidentImport

/// Every input kept under `Fuzz/Regressions/<harness>/` (past findings and the hostile files of
/// issue 14) read through the same reader as its fuzz harness: each must be refused with an
/// `InputError` or read, never crash, within a second.
@Suite("Fuzz regressions: kept inputs read as their harness reads them")
struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/Regressions")

    static func inputs(_ harness: String) -> [String] {
        let folder = root.appendingPathComponent(harness).path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().map { folder + "/" + $0 }
    }

    @Test("zip: every kept archive is refused before inflating, naming the limit")
    func zip() throws {
        let files = Self.inputs("zip")
        #expect(!files.isEmpty)
        for file in files {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
            let started = Date()
            #expect(throws: InputError.self, "\(file)") { _ = try ZipArchive(bytes: bytes, file: file) }
            #expect(Date().timeIntervalSince(started) < 1)
        }
    }

    @Test("codebook and manifest: every kept YAML is one refusal, strict and lenient alike")
    func yaml() throws {
        let files = Self.inputs("codebook") + Self.inputs("manifest")
        #expect(files.count >= 3)
        for file in files {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let started = Date()
            #expect(throws: InputError.self, "\(file)") { _ = try CodebookReader.parse(text, file: file) }
            #expect(throws: InputError.self, "\(file)") { _ = try ManifestReader.parse(text, file: file, directory: "/") }
            #expect(LenientCodebookReader.parse(text, file: file).problems.count == 1, "\(file)")
            #expect(Date().timeIntervalSince(started) < 1)
        }
    }
}
