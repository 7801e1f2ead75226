import EvidentAnalysis
import EvidentModel

/// Method notes: what every figure means, its formula and its reference.
enum MethodSection: AppendixSection {
    static func sections(_ input: AppendixInput) -> [Section] {
        let spec = input.results.spec
        let suppressed = input.results.suppression.label
        let entries: [(String, String)] = [
            ("n, missing, invalid", "n is the number of answers valid on the item's scale; missing answers were blank; invalid answers were outside the scale and are left out of that item's statistics, never converted."),
            ("Mean (95% CI)", "The mean of valid scores with the interval mean ± t(0.975, n − 1) · sd / √n. Ordinal answers score 1 to k in level order; reversed items are scored from the other end before anything is computed."),
            ("% positive (95% CI)", "Positive answers ÷ n × 100, with the Wilson score interval (Wilson 1927). Response rates carry the same interval."),
            ("Composite confidence", "Each respondent's mean over the composite items, counted when they answered at least half of them; Cronbach's alpha (Cronbach 1951) over respondents who answered every item, with a warning under 0.7."),
            ("Training needs", "Items ordered by % positive. ▼ marks an item whose scores are significantly below the respondents' composite scores (Welch's t-test, p < 0.05); the item is part of the composite, so this is a screening aid, not a formal test."),
            ("Change since the last wave", "Mann–Whitney U (Mann and Whitney 1947) on the scores; two-proportion z-test on % positive; Newcombe's hybrid score interval (Newcombe 1998) for the change in % positive. Each pair of adjacent waves is compared; with three waves or more the first wave is also compared with the latest, and a trend chart shows every item's % positive in each wave. Data sets of one kind and wave are pooled; the waves are independent samples."),
            ("Significance", "One rule in every table, chart and sentence: a change is significant when its two-sided test gives p < 0.05. Bases under 30 are flagged as small (“small base” beside an item's n, † after a group's cell, grey italic n in charts); no percentage is charted or stated in the summary on fewer than 10."),
            ("Summary", "The summary's findings are chosen by stated rules from these results (the technical annex lists the rules and every finding's key); the manifest can pin, drop or add commentary."),
            ("Themes", "Counts include every code beneath a theme. The base is respondents with at least one non-empty free-text answer in the data sets the code applies to."),
            ("Quotes", "Up to \(spec.quotesPerTheme) per code, chosen deterministically across respondents and data sets, preferring whole sentences of moderate length where the code's patterns matched strongly; attributed by role or respondent type, never by name, and anonymised."),
            ("Suppression", "Subgroup cells with fewer than \(spec.suppressBelow) respondents are shown as “\(suppressed)” in every published table, and one more cell is hidden where a single hidden cell could be recovered from a total."),
            ("Tables and figures", "Numbers are rounded for reading only; full-precision figures are in results.json, and the tables in tables/*.csv, under the same names."),
        ]
        return [Section(id: "method", title: "Method notes", blocks: [
            .definitions(Definitions(entries: entries.map { Definitions.Entry(term: $0.0, definition: $0.1) })),
        ])]
    }
}
