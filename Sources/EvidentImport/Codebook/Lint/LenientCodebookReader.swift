import EvidentModel
import Yams

/// Reads a YAML codebook leniently for lint: every structural problem is recorded with its file,
/// line and column, and reading carries on past it (see `LenientCodebook`).
public enum LenientCodebookReader {
    /// Marks a mapping key already reported as repeated, so the walk skips it silently.
    static let repeatedKeyMark: Unicode.Scalar = "\u{E000}"
    /// Repeated keys are reported and set aside one at a time; past this many, reading stops.
    static let repeatedKeyLimit = 100

    /// Reads the codebook at `path`; a file that cannot be read is one problem. A `.csv`, `.qdc`
    /// or `.qdpx` (told by what the file is, `CodebookFiles.format(of:)`) goes through
    /// `CodebookFiles`, which stops at its first error; a file that is no codebook is one problem
    /// saying what it is.
    public static func read(path: String) -> LenientCodebook {
        let file = FilePaths.display(path)
        let format: CodebookFiles.Format?
        do {
            format = try CodebookFiles.format(of: path)
        } catch {
            return LenientCodebook(file: file, codebook: Codebook(name: "", themes: []), problems: [error])
        }
        if let format, format != .yaml {
            do {
                let read = try CodebookFiles.read(path: path)
                return LenientCodebook(file: file, codebook: read.codebook, problems: [], warnings: read.warnings)
            } catch {
                return LenientCodebook(file: file, codebook: Codebook(name: "", themes: []), problems: [error])
            }
        }
        do {
            return parse(try FilePaths.readText(path), file: file)
        } catch {
            return LenientCodebook(file: file, codebook: Codebook(name: "", themes: []), problems: [error])
        }
    }

    /// Reads codebook text; `file` names it in locations.
    public static func parse(_ text: String, file: String) -> LenientCodebook {
        var problems: [InputError] = []
        var source = text
        for _ in 0..<repeatedKeyLimit {
            do {
                guard let root = try Yams.compose(yaml: source, .basic) else {
                    problems.append(InputError("the file is empty", at: SourceLocation(file: file, line: 1, column: 1)))
                    break
                }
                var walk = LenientCodebookWalk(file: file, lines: lines(of: text))
                walk.problems = problems
                let codebook = walk.codebook(root)
                return LenientCodebook(file: file, codebook: codebook, problems: inFileOrder(walk.problems))
            } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
                let keys = duplicates.joined(separator: "', '")
                let at = SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
                problems.append(InputError("key '\(keys)' appears twice in one mapping", at: at))
                guard let marked = markKey(in: source, line: context.mark.line, column: context.mark.column) else { break }
                source = marked
            } catch let error as YamlError {
                problems.append(YAMLValue.inputError(from: error, file: file))
                break
            } catch {
                problems.append(InputError("cannot read YAML: \(error)", at: SourceLocation(file: file)))
                break
            }
        }
        return LenientCodebook(file: file, codebook: Codebook(name: "", themes: []), problems: problems)
    }

    /// The problems sorted by line and column, keeping the walk's order among equals.
    static func inFileOrder(_ problems: [InputError]) -> [InputError] {
        problems.enumerated().sorted { left, right in
            let a = (left.element.location?.line ?? 0, left.element.location?.column ?? 0, left.offset)
            let b = (right.element.location?.line ?? 0, right.element.location?.column ?? 0, right.offset)
            return a < b
        }.map(\.element)
    }

    /// The text with `repeatedKeyMark` inserted at 1-based `line` and `column` (in scalars), so
    /// the key there no longer repeats its twin and the walk knows to skip it; `nil` when the
    /// place is not in the text or already marked.
    static func markKey(in text: String, line: Int, column: Int) -> String? {
        var scalars = Array(text.unicodeScalars)
        var currentLine = 1
        var index = 0
        while currentLine < line, index < scalars.count {
            if scalars[index] == "\n" { currentLine += 1 }
            index += 1
        }
        index += column - 1
        guard currentLine == line, index < scalars.count, scalars[index] != repeatedKeyMark else { return nil }
        // A quoted key takes the mark inside its quotes.
        if scalars[index] == "\"" || scalars[index] == "'" { index += 1 }
        scalars.insert(repeatedKeyMark, at: index)
        return String(String.UnicodeScalarView(scalars))
    }

    /// The text's physical lines (LF or CRLF), as scalar arrays, for checking that a pattern
    /// stands verbatim where its node starts.
    static func lines(of text: String) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = [[]]
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                lines.append([])
            } else if scalar != "\r" {
                lines[lines.count - 1].append(scalar)
            }
        }
        return lines
    }
}
