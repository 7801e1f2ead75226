import CSQLite
package import EvidentModel

/// One SQLite database file opened for writing once, through the system library's C interface:
/// statements prepared once and bound by position, and errors turned into `InputError`s naming
/// the file. Only what writing `results.sqlite` needs.
///
/// Not `Sendable`: one thread writes it.
final class SQLiteFile {
    private var handle: OpaquePointer?
    let path: String
    /// Shown in errors.
    let displayPath: String

    init(path: String, displayPath: String) throws(InputError) {
        self.path = path
        self.displayPath = displayPath
        var opened: OpaquePointer?
        let status = sqlite3_open_v2(path, &opened, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
        handle = opened
        guard status == SQLITE_OK else {
            let message = opened.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(opened)
            handle = nil
            throw InputError("cannot write \(displayPath): \(message)", at: SourceLocation(file: displayPath))
        }
    }

    deinit {
        close()
    }

    func close() {
        guard let handle else { return }
        sqlite3_close_v2(handle)
        self.handle = nil
    }

    /// Runs SQL that returns no rows (several statements may be given).
    func execute(_ sql: String) throws(InputError) {
        guard let handle else { return }
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else { throw failure() }
    }

    /// A prepared statement, kept for the life of the file.
    func prepare(_ sql: String) throws(InputError) -> Statement {
        var statement: OpaquePointer?
        guard let handle, sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil) == SQLITE_OK,
              let statement
        else { throw failure() }
        return Statement(pointer: statement, file: self)
    }

    /// The last error, as an `InputError`.
    func failure() -> InputError {
        let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "the database is closed"
        return InputError("cannot write \(displayPath): \(message)", at: SourceLocation(file: displayPath),
                          help: "check that the output folder is writable and the disk is not full")
    }

    /// A statement and its parameters, bound by position (1-based).
    final class Statement {
        private let pointer: OpaquePointer
        private unowned let file: SQLiteFile

        fileprivate init(pointer: OpaquePointer, file: SQLiteFile) {
            self.pointer = pointer
            self.file = file
        }

        deinit {
            sqlite3_finalize(pointer)
        }

        func bind(_ index: Int32, _ value: Int) {
            sqlite3_bind_int64(pointer, index, Int64(value))
        }

        func bind(_ index: Int32, _ value: Double) {
            sqlite3_bind_double(pointer, index, value)
        }

        func bind(_ index: Int32, _ value: String?) {
            guard let value else { return bindNull(index) }
            sqlite3_bind_text(pointer, index, value, -1, Self.transient)
        }

        func bind(_ index: Int32, _ value: Int?) {
            guard let value else { return bindNull(index) }
            bind(index, value)
        }

        func bind(_ index: Int32, _ value: Double?) {
            guard let value else { return bindNull(index) }
            bind(index, value)
        }

        /// Binds UTF-8 bytes that stay valid and unchanged until the statement is stepped.
        func bind(_ index: Int32, utf8 bytes: UnsafeBufferPointer<UInt8>) {
            sqlite3_bind_text(pointer, index, UnsafeRawPointer(bytes.baseAddress ?? UnsafePointer(bitPattern: 1))?
                .assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil)
        }

        func bindNull(_ index: Int32) {
            sqlite3_bind_null(pointer, index)
        }

        /// Runs the statement once and resets it for the next row.
        func run() throws(InputError) {
            let status = sqlite3_step(pointer)
            sqlite3_reset(pointer)
            guard status == SQLITE_DONE || status == SQLITE_ROW else { throw file.failure() }
        }

        /// Runs a query and returns its first column's integer of the first row, if any.
        func integer() throws(InputError) -> Int? {
            let status = sqlite3_step(pointer)
            defer { sqlite3_reset(pointer) }
            if status == SQLITE_ROW { return Int(sqlite3_column_int64(pointer, 0)) }
            guard status == SQLITE_DONE else { throw file.failure() }
            return nil
        }

        /// SQLite copies the text on binding (the value is a Swift string's temporary buffer).
        private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    }
}
