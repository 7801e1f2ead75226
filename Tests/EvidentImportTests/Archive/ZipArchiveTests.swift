import EvidentModel
import Foundation
import Testing
@testable import EvidentImport

@Suite("ZipArchive: one bounded reader for every zip (qdpx, docx, xlsx)")
struct ZipArchiveTests {
    static let help = "this is not an export Evident reads; check where the file came from, or export it again"

    static func refusal(_ builder: ZipBuilder, limits: ZipLimits = ZipLimits(), read entry: String? = nil) -> String? {
        do {
            let archive = try ZipArchive(bytes: builder.bytes(), file: "x.zip", limits: limits)
            if let entry, let found = archive.entry(entry) { _ = try archive.contents(of: found) }
            return nil
        } catch {
            return error.description
        }
    }

    @Test("honest archives read whole and in chunks: stored, deflated, zip64, folders, a 200 KB part across chunks")
    func honest() throws {
        let long = (0..<20_000).map { "line \($0)\n" }.joined()
        for zip64 in [false, true] {
            var builder = ZipBuilder(zip64: zip64)
            builder.add("word/", "", deflate: false)
            builder.add("word/document.xml", "<w:document/>")
            builder.add("sources/a.txt", "stored text", deflate: false)
            builder.add("long.txt", long)
            let archive = try ZipArchive(bytes: builder.bytes(), file: "x.zip")
            #expect(archive.entries.map(\.path) == ["word/", "word/document.xml", "sources/a.txt", "long.txt"])
            #expect(try archive.entry("WORD/Document.xml").map { String(decoding: try archive.contents(of: $0), as: UTF8.self) } == "<w:document/>")
            #expect(try archive.entry("Sources/a.txt").map { String(decoding: try archive.contents(of: $0), as: UTF8.self) } == "stored text")
            let stream = try archive.stream(try #require(archive.entry("long.txt")))
            var chunks: [[UInt8]] = []
            while case let chunk = try stream.next(), !chunk.isEmpty { chunks.append(chunk) }
            #expect(chunks.count == 4)
            #expect(String(decoding: chunks.joined(), as: UTF8.self) == long)
            #expect(stream.isAtEnd)
            #expect(archive.files(under: "sources/").map(\.path) == ["sources/a.txt"])
        }
    }

    @Test("too many entries: refused from the directory, the limit named")
    func entryCount() {
        var builder = ZipBuilder()
        for index in 0..<4 { builder.add("\(index).txt", "x") }
        #expect(Self.refusal(builder, limits: ZipLimits(entryCount: 3))
            == "error: the zip archive lists 4 entries, more than the limit of 3 --> x.zip\n  help: \(Self.help)")
    }

    @Test("a file, or all of them, past the size limits, or packed past 200:1: refused before a byte is inflated")
    func sizes() {
        // The packed bytes are not even deflate: nothing is inflated to refuse these.
        let junk = [UInt8](repeating: 0xFF, count: 5_000)
        var one = ZipBuilder()
        one.parts.append(.init(name: "project.qde", data: junk, deflate: false, declaredSize: 3 << 30, declaredPacked: 5_000, method: 8))
        #expect(Self.refusal(one)
            == "error: project.qde unpacks to 3 GiB, more than the limit of 1 GiB for one file --> x.zip\n  help: \(Self.help)")
        var bomb = ZipBuilder()
        bomb.parts.append(.init(name: "project.qde", data: junk, deflate: false, declaredSize: 900 << 20, declaredPacked: 5_000, method: 8))
        #expect(Self.refusal(bomb)
            == "error: project.qde unpacks to 188743 times its packed size, more than the limit of 200 to 1 (a zip bomb) --> x.zip\n  help: \(Self.help)")
        var total = ZipBuilder()
        for index in 0..<3 {
            total.parts.append(.init(name: "\(index).xml", data: junk, deflate: false, declaredSize: 900 << 20, declaredPacked: 5_000, method: 8))
        }
        #expect(Self.refusal(total, limits: ZipLimits(ratio: 1 << 20))
            == "error: the zip archive unpacks to 2700 MiB in all, more than the limit of 2 GiB --> x.zip\n  help: \(Self.help)")
    }

    @Test("entries that share packed bytes (the overlapping bomb) are refused, naming both")
    func overlap() {
        var builder = ZipBuilder()
        builder.add("project.qde", "<Project/>")
        builder.parts.append(.init(name: "sources/a.txt", data: [], sharing: 0))
        #expect(Self.refusal(builder)
            == "error: entries project.qde and sources/a.txt share packed bytes (overlapping entries, a zip bomb) --> x.zip\n  help: \(Self.help)")
    }

    @Test("a name listed twice, exactly, in another case, with \\ or ./: refused, whichever a tool would take (defect 7)",
          arguments: [
            ("project.qde", "project.qde", "project.qde twice"),
            ("project.qde", "PROJECT.QDE", "both project.qde and PROJECT.QDE, one name in two spellings"),
            ("word/document.xml", "word\\Document.xml", "both word/document.xml and word\\Document.xml, one name in two spellings"),
            ("word/document.xml", "./word/document.xml", "both word/document.xml and ./word/document.xml, one name in two spellings"),
          ])
    func duplicates(first: String, second: String, what: String) {
        var builder = ZipBuilder()
        builder.add(first, "<a/>")
        builder.add(second, "<b/>")
        #expect(Self.refusal(builder)
            == "error: the zip archive holds \(what); tools disagree on which one counts (duplicate entries) --> x.zip\n  help: \(Self.help)")
    }

    @Test("a part that unpacks to more or fewer bytes than declared, or fails its CRC, is stopped while reading")
    func lyingParts() {
        let text = String(repeating: "abc", count: 1_000)
        var short = ZipBuilder()
        short.parts.append(.init(name: "a.xml", data: Array(text.utf8), declaredSize: 100))
        let message = "error: a.xml unpacks to more or fewer bytes than the %d its header declares --> x.zip\n  help: \(Self.help)"
        #expect(Self.refusal(short, read: "a.xml") == String(format: message, 100))
        var long = ZipBuilder()
        long.parts.append(.init(name: "a.xml", data: Array(text.utf8), declaredSize: 4_000))
        #expect(Self.refusal(long, read: "a.xml") == String(format: message, 4_000))
        var checksum = ZipBuilder()
        checksum.parts.append(.init(name: "a.xml", data: Array(text.utf8), crc: 42))
        #expect(Self.refusal(checksum, read: "a.xml") == "error: a.xml does not match its checksum (CRC-32) --> x.zip\n  help: \(Self.help)")
        var cut = ZipBuilder()
        cut.parts.append(.init(name: "a.xml", data: Array(text.utf8)))
        var bytes = cut.bytes()
        bytes[40] ^= 0xFF
        #expect(throws: InputError.self) { _ = try ZipArchive(bytes: bytes, file: "x.zip").entry("a.xml").map { try ZipArchive(bytes: bytes, file: "x.zip").contents(of: $0) } }
    }

    @Test("encrypted parts and unknown methods are refused when read; not a zip is said so")
    func refusedParts() {
        var encrypted = ZipBuilder()
        encrypted.parts.append(.init(name: "a.xml", data: Array("x".utf8), flags: 0x0801))
        #expect(Self.refusal(encrypted, read: "a.xml")
            == "error: a.xml is encrypted --> x.zip\n  help: save or export the file again without a password")
        var bzip = ZipBuilder()
        bzip.parts.append(.init(name: "a.xml", data: Array("x".utf8), deflate: false, method: 12))
        #expect(Self.refusal(bzip, read: "a.xml")
            == "error: a.xml is packed with compression method 12; only stored (0) and deflated (8) entries are read --> x.zip\n  help: save or export the file again with the tool that made it")
        #expect(throws: ZipRefusal.notZip("x.zip")) { _ = try ZipArchive(bytes: Array("hello".utf8), file: "x.zip") }
        #expect(throws: ZipRefusal.notZip("x.zip")) { _ = try ZipArchive(bytes: [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0x41, count: 40), file: "x.zip") }
    }

    @Test("a zip written by ZIPFoundation, and one on disk, read the same")
    func fromDisk() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("t.docx", bytes: try InterviewFixtures.docx("<w:document/>"))
        let archive = try ZipArchive(path: path, file: "t.docx")
        let entry = try #require(archive.entry("word/document.xml"))
        #expect(String(decoding: try archive.contents(of: entry), as: UTF8.self) == "<w:document/>")
        #expect(throws: InputError.self) { try ZipArchive(path: directory.path, file: "folder") }
    }
}
