/// The evidence appendix as values: its title, provenance, headline figures and numbered
/// sections of blocks (paragraphs, numbered tables and figures, quotes, notes). Built once from
/// the analysis results by `AppendixBuilder`; every renderer (HTML, Markdown, Word) reads it and
/// none computes or formats a number of its own — every figure is already text here, rounded
/// once (`Format`), with its full-precision value and its place in `results.json` beside it.
///
/// Field names are also the names the Mustache templates use, so a council's own template reads
/// `{{title}}`, `{{#sections}}…{{/sections}}`, `{{#blocks}}{{#table}}…{{/table}}{{/blocks}}`.
/// Templates see stored properties only (swift-mustache reads values through `Mirror`), so
/// whatever a template needs — a section's heading, a table's label — is stored, set when the
/// appendix is numbered.
package struct Appendix: Sendable {
    package var title: String
    package var organisation: String?
    /// "Produced by Evident 0.1.0 from 8 data sets, coded with …".
    package var provenance: Paragraph
    package var version: String
    /// The time of the run, only with `--stamp`.
    package var stamp: String?
    /// The few figures a reader looks for first, each with its base.
    package var headlines: [Headline]
    package var sections: [Section]
    /// The table of contents: one entry per section, in order.
    package var contents: [ContentsEntry]
    /// Whether there are headlines (templates read stored values only).
    package var hasHeadlines: Bool

    package init(
        title: String, organisation: String?, provenance: Paragraph, version: String, stamp: String?, headlines: [Headline],
        sections: [Section]
    ) {
        self.title = title
        self.organisation = organisation
        self.provenance = provenance
        self.version = version
        self.stamp = stamp
        self.headlines = headlines
        self.sections = sections
        contents = sections.map { ContentsEntry(anchor: $0.id, numberedTitle: $0.numberedTitle, tier: $0.tier) }
        hasHeadlines = !headlines.isEmpty
    }

    /// Every table, in order (numbered 1, 2, …).
    package var tables: [Table] {
        sections.flatMap { $0.blocks.flatMap(\.tables) }
    }

    /// Every figure, in order (numbered 1, 2, …).
    package var figures: [Figure] {
        sections.flatMap { $0.blocks.compactMap(\.figure) }
    }
}

/// A headline figure: one sentence with its base.
package struct Headline: Sendable {
    package var text: String
}

/// A line of the table of contents.
package struct ContentsEntry: Sendable {
    package var anchor: String
    /// "3. Change since the last wave".
    package var numberedTitle: String
    package var tier: Section.Tier
}
