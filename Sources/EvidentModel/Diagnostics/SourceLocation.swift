/// A place in an input file: the file as the user named it, a 1-based line and an optional
/// 1-based column counted in Unicode scalars.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file, as shown to the user (relative to the working directory where possible).
    public var file: String
    /// 1-based physical line; `nil` when the problem concerns the whole file.
    public var line: Int?
    /// 1-based column in Unicode scalars; `nil` when only the line is known.
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, dropping the parts that are unknown.
    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }
}
