import EvidentAnalysis
import EvidentModel

/// The rules that choose the summary page's findings, from the output rows alone (the values
/// `results.json` holds), so the same results always give the same page. Each rule is stated
/// where it is written and in `docs/summary-page.md`; the summary's annex section repeats them.
///
/// Order: families' outcomes (distance travelled, case KPIs, then what families and young people
/// said of the help), practitioners' confidence, significant changes, response rates, and each
/// population's leading barriers and enablers in their own words.
struct SummaryRules {
    /// Bases under this are never summarised as a percentage (`Significance.chartFloor`).
    static let floor = Significance.chartFloor
    /// Case KPIs shown without a pin, per case-outcomes data set.
    static let kpisShown = 4

    var document: ResultsDocument
    var spec: StudySpec
    var labels: StudyLabels

    init(document: ResultsDocument, spec: StudySpec) {
        self.document = document
        self.spec = spec
        labels = StudyLabels(spec)
    }

    /// Every finding the rules make, in page order (some only to be pinned).
    func findings() -> [SummaryFinding] {
        outcomes() + feedback() + confidence() + changes() + responses() + voices()
    }

    /// "Families' average Family Star Plus reading rose from 4.63 to 6.46 …": one per readings
    /// data set with paired readings; then each case-outcomes data set's KPIs, the first four
    /// shown, each on a base of at least 10.
    func outcomes() -> [SummaryFinding] {
        var findings: [SummaryFinding] = []
        for (index, row) in document.outcomes.distance.enumerated() where row.casesPaired >= Self.floor {
            let at = "/outcomes/distance/\(index)/"
            var finding = SummaryFinding(key: "outcomes/\(row.dataset)/distance", topic: .outcomes)
            let who = labels.respondents(row.dataset)
            finding.say("\(who.capitalisedFirst.possessive) average \(row.toolName) reading \(Self.direction(row.meanChange)) from ")
            finding.figure(Format.decimal(row.meanAverageFirst, 2), row.meanAverageFirst, at: at + "mean_average_first")
            finding.say(" at their first reading to ")
            finding.figure(Format.decimal(row.meanAverageLatest, 2), row.meanAverageLatest, at: at + "mean_average_latest")
            finding.say(" at their latest (")
            finding.count(row.casesPaired, at: at + "cases_paired")
            finding.say(" \(who) with both; ")
            finding.significance(row.signedRank.pValue, test: "signed-rank test", at: at + "signed_rank/p_value")
            finding.say("); ")
            finding.figure(Format.percent(row.progressedAny.pct), row.progressedAny.pct, at: at + "progressed_any/pct")
            finding.say(" moved up a stage in at least one domain.")
            findings.append(finding)
        }
        for (index, row) in document.outcomes.cases.enumerated() {
            for (position, kpi) in row.kpis.enumerated() where kpi.share.base >= Self.floor {
                let at = "/outcomes/cases/\(index)/kpis/\(position)/share/"
                var finding = SummaryFinding(key: "outcomes/\(row.dataset)/\(kpi.kpiID)", topic: .outcomes)
                finding.say("\(kpi.label): ")
                finding.figure(Format.percent(kpi.share.pct), kpi.share.pct, at: at + "pct")
                finding.say(" of \(kpi.base) (")
                finding.count(kpi.share.successes, at: at + "successes")
                finding.say(" of ")
                finding.count(kpi.share.base, at: at + "base")
                finding.say(", \(labels.heading(row.dataset))).")
                finding.isShownByDefault = position < Self.kpisShown
                findings.append(finding)
            }
        }
        return findings
    }

    /// What families and young people said of the help: per service-user feedback data set, its
    /// first item (the manifest lists the headline question first) and, when it is lower by 10
    /// points or more, its lowest; items on fewer than 10 answers are passed over.
    func feedback() -> [SummaryFinding] {
        var findings: [SummaryFinding] = []
        for dataset in spec.datasets where dataset.kind == .serviceUserFeedback {
            let rows = document.items.enumerated().filter { $0.element.dataset == dataset.id && $0.element.n >= Self.floor && $0.element.pctPositive != nil }
            guard let first = rows.first else { continue }
            findings.append(feedbackFinding(first.element, at: first.offset))
            if let lowest = rows.min(by: { ($0.element.pctPositive ?? 0, $0.offset) < ($1.element.pctPositive ?? 0, $1.offset) }),
               lowest.offset != first.offset, (first.element.pctPositive ?? 0) - (lowest.element.pctPositive ?? 0) >= 10 {
                findings.append(feedbackFinding(lowest.element, at: lowest.offset))
            }
        }
        return findings
    }

    private func feedbackFinding(_ item: ItemRow, at index: Int) -> SummaryFinding {
        let at = "/items/\(index)/"
        var finding = SummaryFinding(key: "feedback/\(item.dataset)/\(item.itemID)", topic: .outcomes)
        finding.say("Of ")
        finding.count(item.n, at: at + "n")
        finding.say(" \(labels.respondents(item.dataset)) who answered “\(item.label)”, ")
        finding.figure(Format.percent(item.pctPositive), item.pctPositive, at: at + "pct_positive")
        finding.say(" answered \(positiveRule(item.scale)) (\(labels.heading(item.dataset)))")
        finding.flagSmall(item.n)
        finding.say(".")
        return finding
    }

    /// Per practitioner survey: composite confidence with the share of answers below the
    /// threshold (where the data set has a composite), then the items with the highest and the
    /// lowest % positive among those with 10 answers or more (ties: the first listed).
    func confidence() -> [SummaryFinding] {
        var findings: [SummaryFinding] = []
        for dataset in spec.datasets where dataset.kind == .practitionerSurvey {
            let who = labels.respondents(dataset.id)
            let heading = labels.heading(dataset.id)
            if let index = document.composites.firstIndex(where: { $0.dataset == dataset.id }) {
                let row = document.composites[index]
                let at = "/composites/\(index)/"
                var finding = SummaryFinding(key: "confidence/\(dataset.id)/composite", topic: .confidence)
                finding.say("\(who.capitalisedFirst.possessive) composite confidence \(row.wave.map { "in \($0) " } ?? "")was ")
                finding.figure(Format.decimal(row.mean), row.mean, at: at + "mean")
                finding.say(" (\(spec.scales[row.scale].map(labels.scale) ?? row.scale); ")
                finding.count(row.respondents, at: at + "respondents")
                finding.say(" \(who), \(heading)); ")
                finding.figure(Format.percent(row.pctAnswersBelowThreshold), row.pctAnswersBelowThreshold, at: at + "pct_answers_below_threshold")
                finding.say(" of their ")
                finding.count(row.answers, at: at + "answers")
                finding.say(" answers fell below ")
                finding.figure(row.threshold.compactDescription, row.threshold, at: at + "threshold", strong: false)
                finding.say(".")
                findings.append(finding)
            }
            let rows = document.items.enumerated().filter { $0.element.dataset == dataset.id && $0.element.n >= Self.floor && $0.element.pctPositive != nil }
            guard rows.count >= 2,
                  let highest = rows.max(by: { ($0.element.pctPositive ?? 0, -$0.offset) < ($1.element.pctPositive ?? 0, -$1.offset) }),
                  let lowest = rows.min(by: { ($0.element.pctPositive ?? 0, $0.offset) < ($1.element.pctPositive ?? 0, $1.offset) }),
                  highest.offset != lowest.offset
            else { continue }
            var finding = SummaryFinding(key: "confidence/\(dataset.id)/range", topic: .confidence)
            finding.say("\(heading): the highest share positive was for “\(highest.element.label)”, ")
            finding.figure(Format.percent(highest.element.pctPositive), highest.element.pctPositive, at: "/items/\(highest.offset)/pct_positive")
            finding.say(" of ")
            finding.count(highest.element.n, at: "/items/\(highest.offset)/n")
            finding.say("; the lowest for “\(lowest.element.label)”, ")
            finding.figure(Format.percent(lowest.element.pctPositive), lowest.element.pctPositive, at: "/items/\(lowest.offset)/pct_positive")
            finding.say(" of ")
            finding.count(lowest.element.n, at: "/items/\(lowest.offset)/n")
            finding.flagSmall(min(highest.element.n, lowest.element.n))
            finding.say(".")
            findings.append(finding)
        }
        return findings
    }

    /// "Yes", "Agree or Strongly agree", "7 or more".
    func positiveRule(_ scale: String) -> String {
        spec.scales[scale]?.positiveRule ?? "positively"
    }

    /// "rose", "fell", "stayed".
    static func direction(_ change: Double?) -> String {
        guard let change, change != 0 else { return "moved" }
        return change > 0 ? "rose" : "fell"
    }
}

extension String {
    /// The text with its first letter capitalised ("practitioners" → "Practitioners").
    var capitalisedFirst: String {
        prefix(1).uppercased() + dropFirst()
    }

    /// "Practitioners'", "Young people's".
    var possessive: String {
        hasSuffix("s") ? self + "'" : self + "'s"
    }
}
