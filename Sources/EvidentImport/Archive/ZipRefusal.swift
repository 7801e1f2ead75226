import EvidentModel

/// Every message about a zip that `ZipArchive` refuses, in one place so tests check the exact
/// text. Each names the limit it enforces and the archive (`file`), with what to do.
enum ZipRefusal {
    static let checkFile = "this is not an export Evident reads; check where the file came from, or export it again"

    static func notZip(_ file: String) -> InputError {
        InputError("the file is not a zip archive", at: SourceLocation(file: file), help: checkFile)
    }

    static func damaged(_ file: String, _ what: String) -> InputError {
        InputError("the zip archive is damaged: \(what)", at: SourceLocation(file: file), help: checkFile)
    }

    static func tooManyEntries(_ file: String, count: UInt64, limit: Int) -> InputError {
        InputError(
            "the zip archive lists \(count) entries, more than the limit of \(limit)", at: SourceLocation(file: file), help: checkFile
        )
    }

    static func entryTooLarge(_ file: String, _ entry: String, size: UInt64, limit: UInt64) -> InputError {
        InputError(
            "\(entry) unpacks to \(ZipLimits.describe(size)), more than the limit of \(ZipLimits.describe(limit)) for one file",
            at: SourceLocation(file: file), help: checkFile
        )
    }

    static func totalTooLarge(_ file: String, size: UInt64, limit: UInt64) -> InputError {
        InputError(
            "the zip archive unpacks to \(ZipLimits.describe(size)) in all, more than the limit of \(ZipLimits.describe(limit))",
            at: SourceLocation(file: file), help: checkFile
        )
    }

    static func ratio(_ file: String, _ entry: String, ratio: UInt64, limit: UInt64) -> InputError {
        InputError(
            "\(entry) unpacks to \(ratio) times its packed size, more than the limit of \(limit) to 1 (a zip bomb)",
            at: SourceLocation(file: file), help: checkFile
        )
    }

    static func overlap(_ file: String, _ first: String, _ second: String) -> InputError {
        InputError(
            "entries \(first) and \(second) share packed bytes (overlapping entries, a zip bomb)",
            at: SourceLocation(file: file), help: checkFile
        )
    }

    static func duplicate(_ file: String, _ first: String, _ second: String) -> InputError {
        let what = first == second ? "\(first) twice" : "both \(first) and \(second), one name in two spellings"
        return InputError(
            "the zip archive holds \(what); tools disagree on which one counts (duplicate entries)",
            at: SourceLocation(file: file), help: checkFile
        )
    }

    static func encrypted(_ file: String, _ entry: String) -> InputError {
        InputError("\(entry) is encrypted", at: SourceLocation(file: file), help: "save or export the file again without a password")
    }

    static func method(_ file: String, _ entry: String, method: UInt16) -> InputError {
        InputError(
            "\(entry) is packed with compression method \(method); only stored (0) and deflated (8) entries are read",
            at: SourceLocation(file: file), help: "save or export the file again with the tool that made it"
        )
    }

    static func sizeMismatch(_ file: String, _ entry: String, declared: UInt64) -> InputError {
        InputError(
            "\(entry) unpacks to more or fewer bytes than the \(declared) its header declares", at: SourceLocation(file: file),
            help: checkFile
        )
    }

    static func checksum(_ file: String, _ entry: String) -> InputError {
        InputError("\(entry) does not match its checksum (CRC-32)", at: SourceLocation(file: file), help: checkFile)
    }

    static func missing(_ file: String, _ entry: String) -> InputError {
        InputError("the zip archive holds no \(entry)", at: SourceLocation(file: file), help: checkFile)
    }
}
