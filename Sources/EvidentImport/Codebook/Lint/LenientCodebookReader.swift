import EvidentModel

/// Reads a YAML codebook leniently for lint: every structural problem is recorded with its file,
/// line and column, and reading carries on past it (see `LenientCodebook`).
///
/// The text is read once (`YAMLComposer`): repeated keys are all reported from that one pass
/// (the first of each is read, the repeats left out), and aliases are expanded within the same
/// budget as everywhere else, so an alias bomb is one error, not a walk of 10⁹ nodes.
public enum LenientCodebookReader {
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
        let document: YAMLComposer.Document
        do {
            document = try YAMLComposer.compose(text, file: file)
        } catch {
            return LenientCodebook(file: file, codebook: Codebook(name: "", themes: []), problems: [error])
        }
        guard let root = document.root else {
            let empty = InputError("the file is empty", at: SourceLocation(file: file, line: 1, column: 1))
            return LenientCodebook(file: file, codebook: Codebook(name: "", themes: []), problems: document.duplicates + [empty])
        }
        var walk = LenientCodebookWalk(file: file, lines: lines(of: text))
        walk.problems = document.duplicates
        let codebook = walk.codebook(root)
        return LenientCodebook(file: file, codebook: codebook, problems: inFileOrder(walk.problems))
    }

    /// The problems sorted by line and column, keeping the walk's order among equals.
    static func inFileOrder(_ problems: [InputError]) -> [InputError] {
        problems.enumerated().sorted { left, right in
            let a = (left.element.location?.line ?? 0, left.element.location?.column ?? 0, left.offset)
            let b = (right.element.location?.line ?? 0, right.element.location?.column ?? 0, right.offset)
            return a < b
        }.map(\.element)
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
