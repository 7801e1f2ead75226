import Foundation

/// A fresh folder under the system's temporary directory for one test, with helpers to write
/// exact bytes into it.
struct TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "evident-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes bytes to `name` and returns the file's path.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// Names in the system's temporary folder that start with `prefix`, sorted.
    static func systemFiles(prefix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix(prefix) }.sorted()
    }

    /// Writes UTF-8 text to `name` and returns the file's path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }
}

/// Paths of the test target's fixtures and of the shared real-world files beside the project.
enum FixturePaths {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    static func fixture(_ name: String) -> String {
        testsFolder.appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }

    /// `../shared/fixtures/real/<name>` relative to the package root.
    static func real(_ name: String) -> String {
        testsFolder.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("../shared/fixtures/real").appendingPathComponent(name).standardizedFileURL.path
    }

    static func realExists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: real(name))
    }

    /// `Tests/Fixtures/real/<name>`: a file another tool wrote, kept in the repository (see its
    /// `ORIGINS.md`).
    static func repositoryReal(_ name: String) -> String {
        testsFolder.deletingLastPathComponent().appendingPathComponent("Fixtures/real").appendingPathComponent(name).path
    }
}
