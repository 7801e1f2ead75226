import EvidentAnalysis
import EvidentModel

/// Change and response: composite confidence between waves (every pair, significant or not,
/// and first to latest when there are three waves or more), the items and themes whose share
/// changed significantly between adjacent waves, and each data set's response rate.
extension SummaryRules {
    /// Item changes shown without a pin: the largest significant ones.
    static let itemChangesShown = 3

    func changes() -> [SummaryFinding] {
        var findings: [SummaryFinding] = []
        for (index, row) in document.compositeChanges.enumerated() {
            let at = "/composite_changes/\(index)/"
            let who = labels.respondents(row.toDataset)
            var finding = SummaryFinding(key: "change/composite/\(row.fromDataset)/\(row.toDataset)", topic: .change)
            finding.say(row.firstToLatest ? "Since the first wave, \(row.fromWave): " : "")
            finding.say("\((row.firstToLatest ? who : who.capitalisedFirst).possessive) composite confidence \(Self.direction(row.change)) from ")
            finding.figure(Format.decimal(row.fromMean), row.fromMean, at: at + "from_mean")
            finding.say(" in \(row.fromWave) to ")
            finding.figure(Format.decimal(row.toMean), row.toMean, at: at + "to_mean")
            finding.say(" in \(row.toWave) (")
            finding.count(row.fromN, at: at + "from_n")
            finding.say(" and ")
            finding.count(row.toN, at: at + "to_n")
            finding.say(" \(who)): ")
            finding.significance(row.p, test: "Welch's t-test", at: at + "p")
            if row.smallBase { finding.say(", on a small base (under \(Significance.smallBase))") }
            finding.say(".")
            findings.append(finding)
        }
        // Adjacent waves only: the first wave against the latest is the composite's to tell.
        let significant = document.changes.enumerated().filter {
            $0.element.significantPctPositive && $0.element.pctPositiveChange != nil && !$0.element.firstToLatest
        }
        let ranked = significant.sorted { (-abs($0.element.pctPositiveChange ?? 0), $0.offset) < (-abs($1.element.pctPositiveChange ?? 0), $1.offset) }
        for (rank, entry) in ranked.enumerated() {
            let (index, row) = entry
            let at = "/changes/\(index)/"
            let who = row.toDatasets.first.map(labels.respondents) ?? "respondents"
            var finding = SummaryFinding(key: "change/\(row.itemID)/\(row.fromWave)-\(row.toWave)", topic: .change)
            finding.say("The share of \(who) positive on “\(row.label)” \(Self.direction(row.pctPositiveChange)) from ")
            finding.figure(Format.percent(row.fromPctPositive), row.fromPctPositive, at: at + "from_pct_positive")
            finding.say(" in \(row.fromWave) to ")
            finding.figure(Format.percent(row.toPctPositive), row.toPctPositive, at: at + "to_pct_positive")
            finding.say(" in \(row.toWave) (")
            finding.count(row.fromN, at: at + "from_n")
            finding.say(" and ")
            finding.count(row.toN, at: at + "to_n")
            finding.say(" answers): ")
            finding.significance(row.proportionPValue, test: "two-proportion z-test", at: at + "proportion_p_value")
            if row.smallSampleWarning { finding.say(", on a small base (under \(Significance.smallBase))") }
            finding.say(".")
            finding.isShownByDefault = rank < Self.itemChangesShown
            findings.append(finding)
        }
        for (index, row) in document.themeChanges.enumerated() where row.significant && !row.firstToLatest {
            let at = "/theme_changes/\(index)/"
            let who = row.to.datasets.first.map(labels.respondents) ?? "respondents"
            var finding = SummaryFinding(key: "change/theme/\(row.codeID)/\(row.to.datasets.first ?? row.population)/\(row.fromWave)-\(row.toWave)", topic: .change)
            finding.say("The share of \(who) with free text who mentioned “\(row.label)” \(Self.direction(row.changePoints)) from ")
            finding.figure(Format.percent(row.from.pctRespondents), row.from.pctRespondents, at: at + "from/pct_respondents")
            finding.say(" in \(row.fromWave) to ")
            finding.figure(Format.percent(row.to.pctRespondents), row.to.pctRespondents, at: at + "to/pct_respondents")
            finding.say(" in \(row.toWave) (")
            finding.count(row.to.respondents, at: at + "to/respondents")
            finding.say(" of ")
            finding.count(row.to.base, at: at + "to/base")
            finding.say(" who wrote): ")
            finding.significance(row.p, test: "two-proportion z-test", at: at + "p")
            finding.say(".")
            findings.append(finding)
        }
        return findings
    }

    /// "46.4% of the 360 practitioners invited responded to …": per data set with `invited`.
    func responses() -> [SummaryFinding] {
        document.inputs.enumerated().compactMap { index, row in
            guard let rate = row.responseRate, let invited = row.invited else { return nil }
            let at = "/inputs/\(index)/"
            var finding = SummaryFinding(key: "response/\(row.dataset)", topic: .response)
            finding.figure(Format.percent(rate), rate, at: at + "response_rate")
            finding.say(" of the ")
            finding.count(invited, at: at + "invited")
            finding.say(" \(labels.respondents(row.dataset)) invited responded (\(labels.heading(row.dataset))).")
            return finding
        }
    }
}
