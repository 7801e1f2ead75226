public import EvidentModel
import Foundation

/// Paths as the user sees them: manifests name files relative to themselves, and messages show
/// paths relative to the working directory when they lie under it.
public enum FilePaths {
    /// `path` resolved against `directory` unless it is absolute; `~` is not expanded.
    public static func resolve(_ path: String, against directory: String) -> String {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardizedFileURL.path }
        return URL(fileURLWithPath: directory).appendingPathComponent(path).standardizedFileURL.path
    }

    /// The folder holding `path`.
    public static func directory(of path: String) -> String {
        URL(fileURLWithPath: absolute(path)).deletingLastPathComponent().path
    }

    /// An absolute, standardised form of `path`.
    public static func absolute(_ path: String) -> String {
        resolve(path, against: FileManager.default.currentDirectoryPath)
    }

    /// `path` relative to the working directory when it lies under it, else absolute.
    public static func display(_ path: String) -> String {
        let full = absolute(path)
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        let prefix = current.hasSuffix("/") ? current : current + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
    }

    /// The extension of the file's name, lower-cased, without the dot (`csv`); empty when none.
    public static func pathExtension(_ path: String) -> String {
        URL(fileURLWithPath: path).pathExtension.lowercased()
    }

    public static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    public static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The whole file as UTF-8 text (manifests and codebooks are small); an `InputError` naming
    /// the file when it cannot be read or is not UTF-8.
    public static func readText(_ path: String) throws(InputError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(
                "cannot read file", at: SourceLocation(file: display(path)),
                help: "check that the file exists and is readable"
            )
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var validator = UTF8Validator()
        var line = 1
        for byte in bytes {
            guard validator.accept(byte) else {
                throw InputError(
                    "the file is not valid UTF-8", at: SourceLocation(file: display(path), line: line),
                    help: "save it as UTF-8"
                )
            }
            if byte == 0x0A { line += 1 }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

