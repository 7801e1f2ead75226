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
    /// What the document is, above its title: "Evidence appendix", or "Technical annex" for the
    /// annex written as its own file.
    package var kind = "Evidence appendix"
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
    /// Where the part left out of this file is (`--annex separate`): a sentence under the contents.
    package var elsewhere: String?

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
        contents = Self.contents(sections)
        hasHeadlines = !headlines.isEmpty
    }

    /// One entry per section; the first of each part also names the part.
    static func contents(_ sections: [Section]) -> [ContentsEntry] {
        sections.enumerated().map { index, section in
            ContentsEntry(
                anchor: section.id, numberedTitle: section.numberedTitle, tier: section.tier,
                part: index == 0 || sections[index - 1].tier != section.tier ? section.tier.title : nil)
        }
    }

    /// The technical annex as its own document (`--annex separate`): its sections keep their
    /// numbers and so do their tables and figures, so a reference from the appendix still holds;
    /// `nil` when there is no annex.
    package var annex: Appendix? {
        let sections = sections.filter { $0.tier == .annex }
        guard let first = sections.first else { return nil }
        var annex = self
        annex.kind = "Technical annex"
        annex.headlines = []
        annex.hasHeadlines = false
        annex.sections = sections
        annex.contents = Self.contents(sections)
        annex.elsewhere = "This annex goes with the evidence appendix (appendix.html, appendix.md, appendix.docx), whose sections 1–\(first.number - 1) it follows."
        return annex
    }

    /// The appendix without its technical annex (`--annex separate`), saying where the annex is.
    package var withoutAnnex: Appendix {
        guard let first = sections.first(where: { $0.tier == .annex }) else { return self }
        var main = self
        main.sections = sections.filter { $0.tier != .annex }
        main.contents = Self.contents(main.sections)
        let last = sections.last?.number ?? first.number
        main.elsewhere = "The technical annex (sections \(first.number)–\(last): \(sections.filter { $0.tier == .annex }.map(\.title).joined(separator: ", "))) is a separate file: annex.html, annex.md and annex.docx beside this one."
        return main
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
    /// On the first entry of each part: the part's name ("Main appendix").
    package var part: String?
}
