import EvidentImport
package import EvidentModel
import Foundation

/// A file written piece by piece, for outputs too large to hold in memory, and never seen
/// half-written: the pieces go to a temporary file beside the target, renamed into place by
/// `commit()`. A file never committed (an error, an interrupted run) is removed, so no
/// half-written output remains.
package final class StreamingFile {
    package let target: String
    private let temporary: String
    private var handle: UnsafeMutablePointer<FILE>?
    private(set) var bytesWritten = 0

    package init(path: String) throws(InputError) {
        target = path
        let folder = (path as NSString).deletingLastPathComponent
        temporary = folder + "/.evident-" + UUID().uuidString + ".tmp"
        do {
            _ = try ReportFolder(path: folder)
        } catch {
            throw InputError("cannot create the output folder: \(error.localizedDescription)", at: SourceLocation(file: folder))
        }
        guard let handle = fopen(temporary, "wb") else {
            throw InputError("cannot write \(FilePaths.display(path))", at: SourceLocation(file: folder))
        }
        self.handle = handle
    }

    deinit {
        if let handle {
            fclose(handle)
            unlink(temporary)
        }
    }

    package func append(_ bytes: [UInt8]) throws(InputError) {
        let failure = bytes.withUnsafeBytes { bytes -> InputError? in
            do throws(InputError) {
                try append(bytes)
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
    }

    package func append(_ bytes: UnsafeRawBufferPointer) throws(InputError) {
        guard let handle else { return }
        let written = fwrite(bytes.baseAddress, 1, bytes.count, handle)
        guard written == bytes.count else {
            throw InputError("cannot write \(FilePaths.display(target)): the disk may be full", at: SourceLocation(file: target))
        }
        bytesWritten += written
    }

    /// Closes the file and puts it in place.
    ///
    /// The old file is removed before the rename instead of being renamed over: on ext4 (with
    /// the default `auto_da_alloc`) renaming over an existing file makes the kernel write the
    /// new one to disk there and then, which for a 190 MB `coded_segments.csv` held the command
    /// up a tenth of a second. The target path still never shows a half-written file; between
    /// the two calls it briefly shows none.
    package func commit() throws(InputError) {
        guard let handle else { return }
        self.handle = nil
        guard fclose(handle) == 0 else {
            unlink(temporary)
            throw InputError("cannot write \(FilePaths.display(target))", at: SourceLocation(file: target))
        }
        if unlink(target) != 0, errno != ENOENT {
            unlink(temporary)
            throw InputError(
                "cannot replace \(FilePaths.display(target)): \(String(cString: strerror(errno)).lowercased())",
                at: SourceLocation(file: target), help: "check that the output folder is writable")
        }
        guard rename(temporary, target) == 0 else {
            unlink(temporary)
            throw InputError("cannot write \(FilePaths.display(target))", at: SourceLocation(file: target))
        }
    }
}
