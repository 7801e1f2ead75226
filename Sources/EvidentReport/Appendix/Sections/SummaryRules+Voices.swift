import EvidentAnalysis
import EvidentModel

/// Each population's leading barriers and enablers in their own words: for every data set
/// with free text, under each top-level theme, the code under it that most of its respondents
/// mentioned (at least `suppress_below` of them), with the first of that code's published quotes
/// from the same data set that is short enough to read in a summary and has nothing redacted
/// (then a short one, then the shortest). Only the latest wave of each population speaks (a
/// data set is passed over when another of the same kind and respondents has a later wave).
/// The codebook's first two themes are shown (barriers and enablers in the sample codebook);
/// the others are made to be pinned.
extension SummaryRules {
    /// A quote longer than this many characters is passed over while a shorter one exists.
    static let shortQuote = 220

    func voices() -> [SummaryFinding] {
        let themes = document.themes.enumerated().filter { $0.element.depth == 0 }
        let shownThemes = Set(themes.prefix(2).map(\.element.codeID))
        var findings: [SummaryFinding] = []
        for dataset in spec.datasets where isLatest(dataset) {
            for theme in themes.map(\.element) {
                let codes = document.themes.enumerated().filter { $0.element.parentID == theme.codeID }
                let counted = codes.compactMap { index, code -> (Int, ThemeRow, ThemeCount)? in
                    guard let count = code.byDataset.entries.first(where: { $0.dataset == dataset.id })?.count,
                          count.respondents >= max(spec.suppressBelow, 1), count.base >= Self.floor else { return nil }
                    return (index, code, count)
                }
                guard let leading = counted.max(by: { ($0.2.respondents, -$0.0) < ($1.2.respondents, -$1.0) }) else { continue }
                let (index, code, count) = leading
                let at = "/themes/\(index)/by_dataset/\(dataset.id)/"
                let who = labels.respondents(dataset.id)
                var finding = SummaryFinding(key: "voices/\(dataset.id)/\(theme.codeID)", topic: .voices)
                finding.say("\(theme.label) — \(who) (\(labels.heading(dataset.id))) most often mentioned ")
                finding.runs.append(.emphasis(code.label.lowercasedFirst))
                finding.say(": ")
                finding.count(count.respondents, at: at + "respondents")
                finding.say(" of ")
                finding.count(count.base, at: at + "base")
                finding.say(" who wrote (")
                finding.figure(Format.percent(count.pctRespondents), count.pctRespondents, at: at + "pct_respondents")
                finding.say(")")
                finding.flagSmall(count.base)
                finding.say(".")
                let quotes = ownQuotes(of: code.codeID, in: dataset.id)
                let unredacted = quotes.filter { !$0.text.contains("[") }
                if let quote = unredacted.first(where: { $0.text.count <= Self.shortQuote }) ?? quotes.first(where: { $0.text.count <= Self.shortQuote })
                    ?? quotes.min(by: { $0.text.count < $1.text.count })
                {
                    finding.quote = QuoteBlock(text: quote.text, attribution: quote.attribution)
                }
                finding.isShownByDefault = shownThemes.contains(theme.codeID)
                findings.append(finding)
            }
        }
        return findings
    }

    /// A code's published quotes from one data set, those listed under it for a code beneath it
    /// (a sub-code's quote shown under its parent) last: the summary names the code, so its
    /// quote should speak of the code itself.
    func ownQuotes(of code: String, in dataset: String) -> [QuoteRow] {
        let parents = Dictionary(document.themes.compactMap { row in row.parentID.map { (row.codeID, $0) } }, uniquingKeysWith: { first, _ in first })
        func isBeneath(_ id: String) -> Bool {
            var current = parents[id]
            var steps = 0
            while let parent = current, steps < 64 {
                if parent == code { return true }
                current = parents[parent]
                steps += 1
            }
            return false
        }
        let fromBeneath = Set(document.quotes.filter { $0.dataset == dataset && isBeneath($0.codeID) }.map(\.reference))
        let quotes = document.quotes.filter { $0.codeID == code && $0.dataset == dataset }
        return quotes.filter { !fromBeneath.contains($0.reference) } + quotes.filter { fromBeneath.contains($0.reference) }
    }

    /// Whether no other data set of the same kind and respondents has a later wave.
    func isLatest(_ dataset: DatasetSpec) -> Bool {
        guard let wave = dataset.wave else { return true }
        let who = labels.respondents(dataset.id)
        return !spec.datasets.contains { other in
            other.kind == dataset.kind && labels.respondents(other.id) == who && (other.wave.map { $0 > wave } ?? false)
        }
    }
}
