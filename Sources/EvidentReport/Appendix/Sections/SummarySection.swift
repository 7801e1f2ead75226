import EvidentAnalysis
import EvidentModel

/// The summary page, first in the document: the key findings as plain-English sentences, each
/// with its figure and base (`SummaryRules`), grouped by topic; the analyst's commentary; and,
/// in the technical annex, the rules and every finding's key for the manifest to pin or drop.
///
/// The manifest (`study: summary:`) decides last: pinned findings come first, in the order
/// pinned, whatever their topic or whether the rules would show them; dropped ones never show.
enum SummarySection: AppendixSection {
    static func sections(_ input: AppendixInput) -> [Section] {
        let spec = input.results.spec
        let all = SummaryRules(document: input.document, spec: spec).findings()
        guard !all.isEmpty || !spec.summary.commentary.isEmpty else { return [] }
        let shown = chosen(all, spec.summary)
        var blocks: [Block] = [.paragraph(Paragraph(
            "What the evidence shows, in brief. Each finding gives its figure and its base; it is chosen by stated rules from the results (see “How the summary is chosen” in the technical annex), so the same data always give the same summary. Changes are called significant only when their test gives p < 0.05.",
            style: .lead))]
        let pinned = Set(spec.summary.pin)
        if shown.contains(where: { pinned.contains($0.key) }) {
            blocks += findingBlocks(shown.filter { pinned.contains($0.key) }, heading: "Key findings")
        }
        for topic in SummaryFinding.Topic.allCases {
            blocks += findingBlocks(shown.filter { $0.topic == topic && !pinned.contains($0.key) }, heading: topic.title)
        }
        if !spec.summary.commentary.isEmpty {
            blocks.append(.heading(Heading(level: 3, "Commentary\(spec.organisation.map { " from \($0)" } ?? "")")))
            blocks += spec.summary.commentary.map { .paragraph(Paragraph($0)) }
        }
        let known = Set(all.map(\.key))
        let unknown = (spec.summary.pin + spec.summary.drop).filter { !known.contains($0) }
        if !unknown.isEmpty {
            blocks.append(.paragraph(Paragraph(
                "The manifest names findings this run did not make: \(unknown.joined(separator: ", ")). Their keys are listed in the technical annex.",
                style: .note)))
        }
        return [Section(id: "summary", title: "Summary", tier: .summary, blocks: blocks)]
    }

    /// The findings shown: pinned first in the manifest's order, then the rules' choice in page
    /// order; dropped ones left out.
    static func chosen(_ all: [SummaryFinding], _ summary: SummarySpec) -> [SummaryFinding] {
        let dropped = Set(summary.drop)
        let byKey = Dictionary(all.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let pinned = summary.pin.compactMap { byKey[$0] }.filter { !dropped.contains($0.key) }
        let pinnedKeys = Set(pinned.map(\.key))
        return pinned + all.filter { $0.isShownByDefault && !dropped.contains($0.key) && !pinnedKeys.contains($0.key) }
    }

    /// A topic's heading, its findings as a list, and each finding's quote after the list.
    static func findingBlocks(_ findings: [SummaryFinding], heading: String) -> [Block] {
        guard !findings.isEmpty else { return [] }
        var blocks: [Block] = [.heading(Heading(level: 3, heading))]
        var list: [Paragraph] = []
        for finding in findings {
            list.append(Paragraph(finding.runs))
            guard let quote = finding.quote else { continue }
            blocks.append(.list(ListBlock(style: "findings", items: list)))
            list = []
            blocks.append(.quote(quote))
        }
        if !list.isEmpty { blocks.append(.list(ListBlock(style: "findings", items: list))) }
        return blocks
    }
}
