import EvidentAnalysis
import EvidentModel

/// "How the summary is chosen", in the technical annex: the summary's rules as stated, and a
/// table of every finding the rules made with its key, for the manifest's `summary: pin:` and
/// `drop:`.
enum SummaryRulesSection: AppendixSection {
    static func sections(_ input: AppendixInput) -> [Section] {
        let spec = input.results.spec
        let all = SummaryRules(document: input.document, spec: spec).findings()
        guard !all.isEmpty else { return [] }
        return [Section(id: "summary-rules", title: "How the summary is chosen", tier: .annex, blocks: blocks(all, shown: SummarySection.chosen(all, spec.summary)))]
    }

    static let rules: [(String, String)] = [
        ("Order", "Families' outcomes first, then practitioners' confidence, significant changes, response rates, and each population's own words. Findings the manifest pins come first, in its order; dropped ones are left out."),
        ("Outcomes", "Per outcome-readings data set: the average first and latest reading of families with both, its signed-rank test, and the share who moved up a stage in a domain. Per case-outcomes data set: its first \(SummaryRules.kpisShown) indicators (the others can be pinned). Per feedback data set: its first item, and its lowest when that is 10 points or more lower."),
        ("Confidence", "Per practitioner survey: composite confidence and the share of answers below its threshold; the items with the highest and lowest % positive."),
        ("Change", "Composite confidence between every pair of waves, significant or not, and from the first wave to the latest when there are three or more. The \(SummaryRules.itemChangesShown) largest significant changes in an item's % positive (the others can be pinned), and every significant change in the share mentioning a theme, between adjacent waves."),
        ("Significance", "One rule throughout the appendix: a change is significant when its two-sided test gives p < \(Format.decimal(Significance.alpha, 2)) (Welch's t-test for composite confidence, the two-proportion z-test for shares, the signed-rank test for outcome readings). Bases under \(Significance.smallBase) are flagged as small; no percentage rests on fewer than \(Significance.chartFloor) answers."),
        ("Own words", "Per data set with free text, under each top-level theme, the code most of its respondents mentioned (at least suppress_below of them), with a short published quote of that code from the same data set. The codebook's first two themes are shown; the others can be pinned."),
    ]

    static func blocks(_ all: [SummaryFinding], shown: [SummaryFinding]) -> [Block] {
        let shownKeys = Set(shown.map(\.key))
        return [
            .definitions(Definitions(entries: rules.map { Definitions.Entry(term: $0.0, definition: $0.1) })),
            .table(Table(
                caption: "Every finding the rules made, with the key that pins or drops it",
                columns: [Column("Key"), Column("Shown"), Column("Finding")],
                rows: all.map { finding in
                    var key = Cell(finding.key)
                    key.isCode = true
                    return Row([key, Cell(shownKeys.contains(finding.key) ? "yes" : "no"), Cell(finding.text)])
                },
                style: "compact", isWide: true
            )),
        ]
    }
}
