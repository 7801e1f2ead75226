public import EvidentModel

/// A YAML codebook read as far as it can be, with every structural problem found on the way,
/// for `evident codebook lint` (codebook spec §5). A codebook in another form (`.csv`, `.qdc`,
/// `.qdpx`) is read whole by its own reader: its first error is its one problem.
///
/// Unlike `CodebookReader`, which stops at the first problem, the lenient reader records a
/// problem and carries on: an unknown key is skipped, a value of the wrong type is left out, a
/// code without an id is kept under the empty id. Checks that need the pattern language (duplicate
/// ids, labels, patterns, exclusions, `applies_to`) are left to `CodebookLinter` in
/// EvidentCoding, which reads `codebook`.
public struct LenientCodebook: Sendable {
    /// The file as shown to the user.
    public var file: String
    /// Every code that has a mapping, themes included, in file order, duplicates included.
    /// `Code.declaredAt` is the id's value (or the code's mapping when it has no id);
    /// `PatternSource.declaredAt` is the first character of the pattern's text, its column left
    /// out when the text does not stand verbatim on that line (an escape, a folded line).
    public var codebook: Codebook
    /// Structural problems in file order: YAML syntax, unknown and repeated keys, values of the
    /// wrong type, malformed ids, a missing id, name or theme list. All are errors.
    public var problems: [InputError]
    /// What reading a `.csv`, `.qdc` or `.qdpx` noticed without it being an error (ids made from
    /// names, a GUID used twice in a tool's file, set members naming no code).
    public var warnings: [Diagnostic]

    /// A codebook with the problems found reading it.
    public init(file: String, codebook: Codebook, problems: [InputError], warnings: [Diagnostic] = []) {
        self.file = file
        self.codebook = codebook
        self.problems = problems
        self.warnings = warnings
    }
}
