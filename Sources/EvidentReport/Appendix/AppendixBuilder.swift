import EvidentAnalysis
import EvidentModel

/// Builds the `Appendix` once from the analysis: each section kind in order, then sections,
/// tables and figures numbered in document order.
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
            InterviewsSection.self,
            StoriesSection.self,
            CodingSection.self,
            RejectionsSection.self,
            MethodSection.self,
            SummaryRulesSection.self,
        ]
    }

    static func build(_ input: AppendixInput) -> Appendix {
        var built = sections.flatMap { $0.sections(input) }
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
