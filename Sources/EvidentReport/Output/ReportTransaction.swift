import EvidentImport
public import EvidentModel
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A report folder replaced whole or not at all: writers write into a fresh hidden sibling
/// (`.<name>.evident-new-<id>`), and `commit()` swaps it in with one rename, so a run killed at
/// any moment leaves the folder as the old report or the new one, never a mix.
///
/// - The swap: on Linux, `renameat2(RENAME_EXCHANGE)` exchanges the two folders in one step,
///   then the old report (now under the sibling's name) is removed. Elsewhere, and on file
///   systems without exchange, the old folder is renamed aside, the new one into place, and the
///   old one removed; if the second rename fails the old one is put back.
/// - A killed run leaves only its hidden sibling; the next run on the same folder removes it.
/// - Writers never see the target: every path they write is inside the sibling this transaction
///   created, so a symbolic link planted in the old report (a `tables/` pointing elsewhere) is
///   never followed.
/// - The marker `.evident-report` says the folder is Evident's, so a later run may replace it
///   (`OutputCheck` refuses to replace a folder holding anything else).
///
/// `carry` names files of the old folder kept in the new one (the manifest an inferred study
/// wrote there, read by this very run).
public final class ReportTransaction {
    public static let marker = ".evident-report"
    /// The report folder, absolute.
    public let target: String
    /// The folder being written; writers write here (see `folder`).
    public let staging: String
    private var isDone = false

    public init(target: String, carry: [String] = []) throws(InputError) {
        self.target = target
        let parent = FilePaths.directory(of: target)
        let name = URL(fileURLWithPath: target).lastPathComponent
        Self.removeLeftovers(of: name, in: parent)
        staging = parent + "/." + name + ".evident-new-" + UUID().uuidString
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: false)
            try Data("This folder is a report written by evident; evident replaces it whole on each run.\n".utf8)
                .write(to: URL(fileURLWithPath: staging + "/" + Self.marker))
            for file in carry where FilePaths.exists(target + "/" + file) {
                try FileManager.default.copyItem(atPath: target + "/" + file, toPath: staging + "/" + file)
            }
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw InputError("cannot create the report folder: \(error.localizedDescription)", at: SourceLocation(file: FilePaths.display(target)),
                             help: "check that the folder above it exists and is writable")
        }
    }

    deinit {
        if !isDone { try? FileManager.default.removeItem(atPath: staging) }
    }

    /// A `ReportFolder` writing into the new report.
    public func folder() throws(InputError) -> ReportFolder {
        try ReportFolder(path: staging)
    }

    /// Puts the new report in place of the old one, in one rename.
    public func commit() throws(InputError) {
        guard !isDone else { return }
        isDone = true
        if !FilePaths.exists(target) {
            guard rename(staging, target) == 0 else { throw failure() }
            return
        }
        if Self.exchange(staging, target) {
            try? FileManager.default.removeItem(atPath: staging)
            return
        }
        let aside = staging + "-old"
        guard rename(target, aside) == 0 else { throw failure() }
        guard rename(staging, target) == 0 else {
            let error = failure()
            rename(aside, target)
            throw error
        }
        try? FileManager.default.removeItem(atPath: aside)
    }

    private func failure() -> InputError {
        let reason = String(cString: strerror(errno)).lowercased()
        try? FileManager.default.removeItem(atPath: staging)
        return InputError("cannot put the new report in place: \(reason)", at: SourceLocation(file: FilePaths.display(target)),
                          help: "check that the report folder and the folder above it are writable; the previous report is unchanged")
    }

    /// Swaps two paths atomically where the system can (Linux `renameat2` with `RENAME_EXCHANGE`).
    /// glibc's `renameat2` is not in Swift's Glibc module (it needs `_GNU_SOURCE`), so it is
    /// looked up by name once.
    static func exchange(_ first: String, _ second: String) -> Bool {
        #if os(Linux)
        guard let renameat2 = Self.renameat2 else { return false }
        let renameExchange: UInt32 = 2
        return renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0
        #else
        return false
        #endif
    }

    #if os(Linux)
    private typealias Renameat2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let renameat2: Renameat2? = dlsym(dlopen(nil, RTLD_NOW), "renameat2").map { unsafeBitCast($0, to: Renameat2.self) }
    #endif

    /// Removes the hidden siblings earlier runs on `name` left when they were killed.
    static func removeLeftovers(of name: String, in parent: String) {
        let prefix = "." + name + ".evident-new-"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for entry in entries where entry.hasPrefix(prefix) {
            try? FileManager.default.removeItem(atPath: parent + "/" + entry)
        }
    }
}
