import EvidentModel

/// A study manifest written from inspected exports (`evident inspect --write`, and the
/// manifest a run without one infers): one data set per export, every guess with a `#`
/// comment saying why, proposed scales under `scales:`. It reads back with `ManifestReader`
/// and runs unchanged; the researcher edits it from there.
public struct ManifestDraft: Sendable {
    /// The `study:` section.
    public struct Study: Sendable {
        /// The appendix's title.
        public var title: String
        /// Why this title (a comment).
        public var titleReason: String
        /// Absolute paths; written relative to the manifest.
        public var codebook: String?
        /// Why this codebook (a comment).
        public var codebookReason: String?
        /// A names list to redact, absolute.
        public var names: String?
        /// The report folder, absolute; omitted (the default `Output/<title>`) when `nil`.
        public var output: String?

        /// The `study:` section of a draft.
        public init(
            title: String, titleReason: String, codebook: String? = nil, codebookReason: String? = nil, names: String? = nil,
            output: String? = nil
        ) {
            self.title = title
            self.titleReason = titleReason
            self.codebook = codebook
            self.codebookReason = codebookReason
            self.names = names
            self.output = output
        }
    }

    /// The `study:` section.
    public var study: Study
    /// One data set each, in order.
    public var exports: [ExportInspection]
    /// The header comment's first line.
    public var origin: String

    /// A draft of `exports` under `study`.
    public init(study: Study, exports: [ExportInspection], origin: String) {
        self.study = study
        self.exports = exports
        self.origin = origin
    }

    /// The manifest text, with paths relative to `directory` (absolute), where it is written.
    public func render(in directory: String) -> String {
        var lines = [
            "# \(YAMLText.comment(origin))",
            "# Every guess carries a comment: check them, edit what is wrong, and delete what you do not need.",
            "# Columns holding personal data are listed under personal: only: they are never copied into a",
            "# report, and their values are only used to redact quotes.",
            "study:",
            YAMLText.line("  title: \(YAMLText.quoted(study.title))", comment: study.titleReason),
        ]
        if let codebook = study.codebook {
            lines.append(YAMLText.line("  codebook: \(YAMLText.quoted(DraftNames.relative(codebook, from: directory)))", comment: study.codebookReason))
        }
        if let names = study.names {
            lines.append(YAMLText.line("  names: \(YAMLText.quoted(DraftNames.relative(names, from: directory)))", comment: "people and places to redact from quotes"))
        }
        if let output = study.output {
            lines.append(YAMLText.line("  output: \(YAMLText.quoted(DraftNames.relative(output, from: directory)))", comment: "the report folder"))
        }
        lines.append("")
        lines.append("datasets:")
        var ids: Set<String> = []
        var proposed: [Scale] = []
        for export in exports {
            lines += DatasetDraft(export: export).lines(in: directory, ids: &ids)
            for column in export.columns where column.role == .item {
                if let guess = column.scale, guess.isProposed, !proposed.contains(where: { $0.id == guess.scale.id }) {
                    proposed.append(guess.scale)
                }
            }
            lines.append("")
        }
        if !proposed.isEmpty {
            lines.append("scales:")
            for scale in proposed { lines += Self.lines(for: scale) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A proposed scale's definition, levels lowest first.
    static func lines(for scale: Scale) -> [String] {
        switch scale.kind {
        case .numeric(let min, let max, let positiveFrom):
            return [
                YAMLText.line("  \(scale.id):", comment: "proposed from the values: check the range and what counts as positive"),
                "    type: numeric",
                "    min: \(min.compactDescription)",
                "    max: \(max.compactDescription)",
                "    positive_from: \(positiveFrom.compactDescription)",
            ]
        case .ordinal(let levels, let positive):
            return [
                YAMLText.line("  \(scale.id):", comment: "proposed from the values: levels lowest first; check the positive ones"),
                "    type: ordinal",
                "    levels: [" + levels.map(YAMLText.quoted).joined(separator: ", ") + "]",
                "    positive: [" + positive.sorted().map { YAMLText.quoted(levels[$0]) }.joined(separator: ", ") + "]",
            ]
        }
    }
}
