import EvidentFormats
import EvidentModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file read front to back in fixed-size chunks, so memory stays flat whatever its size.
/// Every byte read is also hashed, so the report can name the file's SHA-256.
final class ByteStream {
    /// The file as shown to the user.
    let displayPath: String
    private let handle: UnsafeMutablePointer<FILE>
    private var hasher = SHA256()
    private(set) var bytesRead = 0
    private(set) var isAtEnd = false
    let chunkSize: Int

    /// Whether bytes read are hashed (a pass that only checks the encoding need not be).
    let hashing: Bool

    /// Opens a file for reading; throws an `InputError` naming it when it cannot be opened.
    init(path: String, displayPath: String, chunkSize: Int = 1 << 20, hashing: Bool = true) throws(InputError) {
        guard let handle = fopen(path, "rb") else {
            let reason = String(cString: strerror(errno))
            throw InputError(
                "cannot open file: \(reason.lowercased())", at: SourceLocation(file: displayPath),
                help: "check the path in the study manifest and that the file is readable"
            )
        }
        self.handle = handle
        self.displayPath = displayPath
        self.chunkSize = chunkSize
        self.hashing = hashing
    }

    deinit {
        fclose(handle)
    }

    /// The next chunk (at most `chunkSize` bytes); empty once the file is exhausted.
    func next() -> [UInt8] {
        guard !isAtEnd else { return [] }
        // Read straight into uninitialised storage: zero-filling a chunk first would touch every
        // byte once more.
        let chunk = [UInt8](unsafeUninitializedCapacity: chunkSize) { buffer, initialized in
            initialized = fread(buffer.baseAddress, 1, chunkSize, handle)
        }
        let count = chunk.count
        if count < chunkSize { isAtEnd = true }
        if hashing { chunk.withUnsafeBytes { hasher.update($0) } }
        bytesRead += count
        return chunk
    }

    /// Reads the next bytes into `buffer` (up to its size), hashing them as `next()` does;
    /// returns how many were read, 0 once the file is exhausted.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        guard !isAtEnd, let base = buffer.baseAddress else { return 0 }
        let count = fread(base, 1, buffer.count, handle)
        if count < buffer.count { isAtEnd = true }
        if hashing { hasher.update(UnsafeRawBufferPointer(rebasing: buffer[..<count])) }
        bytesRead += count
        return count
    }

    /// SHA-256 of every byte read so far, as lowercase hex.
    func digest() -> String {
        var copy = hasher
        return copy.finalizeHex()
    }
}
