import EvidentCoding
import EvidentImport
import EvidentModel
import Foundation

/// Each reader the fuzzer drives: a name (`EVIDENT_FUZZ_TARGET`), the file extension its input
/// is saved under, and what is done with the bytes. Every harness reads the input the way
/// `evident` does and throws away the result: a refusal (`InputError`) is a correct answer; a
/// crash, a sanitizer report, a timeout or memory past libFuzzer's limit is a finding.
enum Harness: String, CaseIterable {
    case csv, xml, codebook, manifest, pattern, zip, qdpx, qdc, codebookCSV = "codebook-csv"

    /// Extension of the file the input is written to (readers that take a path sniff by it).
    var fileExtension: String {
        switch self {
        case .csv, .codebookCSV: "csv"
        case .xml: "xml"
        case .codebook, .manifest: "yaml"
        case .pattern: "txt"
        case .zip: "zip"
        case .qdpx: "qdpx"
        case .qdc: "qdc"
        }
    }

    /// Limits kept small so one input stays cheap; the readers' own limits are what is tested.
    static let zipLimits = ZipLimits(entryCount: 1_000, totalSize: 64 << 20, entrySize: 16 << 20)

    func run(_ bytes: [UInt8], path: String) {
        let text = String(decoding: bytes, as: UTF8.self)
        switch self {
        case .csv:
            guard write(bytes, to: path) else { return }
            do throws(InputError) {
                let reader = try CSVReader(path: path, displayPath: "input.csv", options: .init(fieldLimit: 1 << 16, chunkSize: 1 << 12))
                while try reader.next() != nil {}
            } catch {}
        case .xml:
            guard write(bytes, to: path) else { return }
            do throws(InputError) {
                let reader = try XMLStreamReader(path: path, displayPath: "input.xml", options: .init(chunkSize: 1 << 12, textLimit: 1 << 16))
                while try reader.next() != nil {}
            } catch {}
        case .codebook:
            _ = try? CodebookReader.parse(text, file: "input.yaml")
            _ = LenientCodebookReader.parse(text, file: "input.yaml")
        case .manifest:
            _ = try? ManifestReader.parse(text, file: "study.yaml", directory: "/nonexistent-evident-fuzz")
        case .pattern:
            _ = try? PatternParser().parse(text)
        case .zip:
            do throws(InputError) {
                let archive = try ZipArchive(bytes: bytes, file: "input.zip", limits: Self.zipLimits)
                for entry in archive.entries where !entry.isFolder { _ = try? archive.contents(of: entry) }
            } catch {}
        case .qdpx:
            guard write(bytes, to: path) else { return }
            _ = try? QDPXReader.read(path: path)
        case .qdc:
            guard write(bytes, to: path) else { return }
            _ = try? QDACodebookReader.read(path: path)
        case .codebookCSV:
            guard write(bytes, to: path) else { return }
            _ = try? CodebookCSVReader.read(path: path)
        }
    }

    private func write(_ bytes: [UInt8], to path: String) -> Bool {
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
    }
}

/// The harness chosen for this process, and the one file its inputs are written to (in the
/// folder `Fuzz/run` gives, never the system's temporary folder).
nonisolated(unsafe) private var chosen: (harness: Harness, path: String)?

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    if chosen == nil {
        let environment = ProcessInfo.processInfo.environment
        guard let name = environment["EVIDENT_FUZZ_TARGET"], let harness = Harness(rawValue: name) else {
            FileHandle.standardError.write(Data("set EVIDENT_FUZZ_TARGET to one of: \(Harness.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
            abort()
        }
        let folder = environment["EVIDENT_FUZZ_WORK"] ?? FileManager.default.currentDirectoryPath
        chosen = (harness, folder + "/input-\(getpid())." + harness.fileExtension)
    }
    guard let chosen else { return 0 }
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    chosen.harness.run(bytes, path: chosen.path)
    return 0
}
