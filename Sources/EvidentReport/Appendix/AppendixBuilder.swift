import EvidentAnalysis
import EvidentModel

/// Builds the `Appendix` once from the analysis: each section kind in order, its sections put
/// in their part (summary, main appendix, technical annex: `Section.Tier`, in that order, each
/// opened by its part heading), then sections, tables and figures numbered in document order.
enum AppendixBuilder {
    /// The sections, in document order.
    static var sections: [any AppendixSection.Type] {
        [
            SummarySection.self,
            SourcesSection.self,
            ItemsSection.self,
            ChangesSection.self,
            GroupsSection.self,
            OutcomesSection.self,
            ThemesSection.self,
            ThemesDetailSection.self,
            InterviewsSection.self,
            StoriesSection.self,
            CodingSection.self,
            RejectionsSection.self,
            MethodSection.self,
            SummaryRulesSection.self,
        ]
    }

    static func build(_ input: AppendixInput) -> Appendix {
        let all = sections.flatMap { $0.sections(input) }
        var built = Section.Tier.allCases.flatMap { tier in all.filter { $0.tier == tier } }
        for index in built.indices where index == 0 || built[index - 1].tier != built[index].tier {
            built[index].partTitle = built[index].tier.partTitle
        }
        var tableNumber = 0
        var figureNumber = 0
        for index in built.indices {
            built[index].number(index + 1)
            built[index].blocks = built[index].blocks.map { block in
                switch block {
                case .table(var table):
                    tableNumber += 1
                    table.number(tableNumber)
                    return .table(table)
                case .pair(var pair):
                    tableNumber += 1
                    pair.first.number(tableNumber)
                    tableNumber += 1
                    pair.second.number(tableNumber)
                    return .pair(pair)
                case .figure(var figure):
                    figureNumber += 1
                    figure.number(figureNumber)
                    return .figure(figure)
                default:
                    return block
                }
            }
        }
        let results = input.results
        var provenance: [Run] = [.plain("Produced by Evident \(input.version) from \(results.datasets.count) data sets, coded with ")]
        provenance.append(.emphasis(results.codebook?.name ?? "(none)"))
        if let version = results.codebook?.version { provenance.append(.plain(" (version \(version))")) }
        provenance.append(.plain(". Every figure has its base; full-precision numbers are in "))
        provenance += [.code("results.json"), .plain(", tables in "), .code("tables/"), .plain(".")]
        return Appendix(
            title: results.spec.title, organisation: results.spec.organisation, provenance: Paragraph(provenance),
            version: input.version, stamp: input.stamp, headlines: Headlines.build(results).map(Headline.init),
            sections: built
        )
    }

    /// A data set as headings and captions name it (`StudyLabels.heading`).
    static func heading(for dataset: Dataset, _ labels: StudyLabels) -> String {
        labels.heading(dataset.id)
    }
}
