import EvidentAnalysis
import EvidentModel

/// Rejected records and invalid values: how many, and the first of them with file, line and
/// reason (all of them are in `rejections.csv`).
enum RejectionsSection: AppendixSection {
    /// How many rejections the appendix lists before pointing to `rejections.csv`.
    static let shown = 50

    static func sections(_ input: AppendixInput) -> [Section] {
        let rejections = input.document.rejections
        guard !rejections.isEmpty else {
            return [Section(id: "rejections", title: "Rejected records and invalid values", tier: .annex, blocks: [
                .paragraph(Paragraph("Nothing was rejected.")),
            ])]
        }
        let records = rejections.filter { $0.kind == "record" }.count
        var summary: [Run] = [
            .plain("\(records) record(s) were rejected and \(rejections.count - records) value(s) were outside their scale. Each is listed in "),
            .code("rejections.csv"),
        ]
        summary.append(.plain(rejections.count > shown ? "; the first \(shown) are shown here." : "."))
        let table = Table(
            caption: "Rejected records and invalid values",
            columns: [Column("Where"), Column("Respondent"), Column("What")],
            rows: input.results.datasets.flatMap(\.rejections).prefix(shown).map { rejection in
                var location = Cell(rejection.location.description)
                location.isCode = true
                return Row([location, Cell(rejection.respondent ?? "–"), Cell(rejection.reason)])
            },
            style: "compact"
        )
        return [Section(id: "rejections", title: "Rejected records and invalid values", tier: .annex, blocks: [
            .paragraph(Paragraph(summary)), .table(table),
        ])]
    }
}
