import EvidentModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a zip, read at any offset: a file read with `pread` (nothing is copied or
/// unpacked to disk, so a killed run leaves no temporary file behind), or bytes already in memory.
///
/// Not thread-safe across a shared offset: every read names its offset, so reads never race on
/// a file position, but one archive is read by one thread at a time.
final class ZipStorage {
    private enum Backing {
        case file(Int32)
        case bytes([UInt8])
    }

    private let backing: Backing
    /// Size of the whole archive in bytes.
    let size: UInt64

    /// Opens the file at `path`; `nil` when it cannot be opened or is not a regular file.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            return nil
        }
        backing = .file(descriptor)
        size = UInt64(status.st_size)
    }

    /// Reads from bytes already in memory.
    init(bytes: [UInt8]) {
        backing = .bytes(bytes)
        size = UInt64(bytes.count)
    }

    deinit {
        if case .file(let descriptor) = backing { close(descriptor) }
    }

    /// Up to `count` bytes from `offset`; fewer only at the end of the archive or on a read error.
    func read(at offset: UInt64, count: Int) -> [UInt8] {
        guard offset < size, count > 0 else { return [] }
        let wanted = Int(min(UInt64(count), size - offset))
        switch backing {
        case .bytes(let bytes):
            return Array(bytes[Int(offset)..<Int(offset) + wanted])
        case .file(let descriptor):
            return [UInt8](unsafeUninitializedCapacity: wanted) { buffer, initialized in
                var done = 0
                while done < wanted {
                    let got = pread(descriptor, buffer.baseAddress.map { $0 + done }, wanted - done, off_t(offset) + off_t(done))
                    if got <= 0 { break }
                    done += got
                }
                initialized = done
            }
        }
    }
}
