import CYaml
import EvidentModel

/// Reads YAML text into `YAMLNode`s in one pass over libyaml's events (the libyaml that Yams
/// bundles), bounded against hostile files:
///
/// - **Aliases** are expanded, but every node reached through an alias counts against a budget
///   (`aliasBudget`, 10,000 nodes in all): a 600-byte "billion laughs" of nested aliases is
///   refused at the alias that passes it, in microseconds, instead of being walked 10⁹ times.
///   Each anchored node's size is worked out once, so the check costs nothing per use.
/// - **Nesting** deeper than `depthLimit` (256) is refused, and nodes are built with an explicit
///   stack, so no input can exhaust the call stack.
/// - **Repeated keys** are all found in the same pass: the first of each is kept, the others are
///   reported (`Document.duplicates`) and left out, so a strict reader refuses the first and a
///   lenient one (lint) reports every one — never a second parse.
/// - **Syntax errors** become `invalid YAML: …` at the line and column libyaml names (for a
///   forbidden character, the line and column of its offset), the character shown as `U+XXXX`,
///   never echoed raw.
///
/// Written against libyaml's events rather than through `Yams.compose`, which expands aliases
/// without a bound, hashes whole subtrees to find repeated keys (exponential for an aliased key),
/// stops at the first repeated key, recurses without a depth limit, and gives no public way to
/// make the `Mark`s its nodes carry.
enum YAMLComposer {
    static let aliasBudget = 10_000
    static let depthLimit = 256

    /// A composed document: its root (`nil` for an empty file) and the repeated keys left out.
    struct Document {
        var root: YAMLNode?
        var duplicates: [InputError] = []
    }

    static func compose(_ text: String, file: String) throws(InputError) -> Document {
        var bytes = Array(text.utf8)
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else { throw InputError("cannot start reading YAML", at: SourceLocation(file: file)) }
        defer { yaml_parser_delete(parser) }
        return try bytes.withUnsafeMutableBufferPointer { buffer throws(InputError) -> Document in
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
            var builder = YAMLTreeBuilder(file: file)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(parser, &event) == 1 else { throw syntaxError(parser, file: file, bytes: UnsafeBufferPointer(buffer)) }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { break }
                try builder.take(&event)
            }
            return Document(root: builder.root, duplicates: builder.duplicates)
        }
    }

    private static func syntaxError(
        _ parser: UnsafeMutablePointer<yaml_parser_t>, file: String, bytes: UnsafeBufferPointer<UInt8>
    ) -> InputError {
        let problem = parser.pointee.problem.map { String(cString: $0) } ?? "the file cannot be read as YAML"
        if parser.pointee.error == YAML_READER_ERROR {
            let (line, column) = position(ofByte: parser.pointee.problem_offset, in: bytes)
            let value = parser.pointee.problem_value
            let hex = String(value, radix: 16, uppercase: true)
            let shown = value >= 0 ? " (U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ")" : ""
            return InputError("invalid YAML: \(problem)\(shown)", at: SourceLocation(file: file, line: line, column: column),
                              help: "remove the character, or write it as an escape (\\u…) inside double quotes")
        }
        let context = parser.pointee.context.map { String(cString: $0) }
        let what = [context, problem].compactMap { $0 }.joined(separator: ": ")
        let mark = parser.pointee.problem_mark
        return InputError("invalid YAML: \(what)", at: SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1))
    }

    /// 1-based line and column (in Unicode scalars) of the byte at `offset`.
    static func position(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
