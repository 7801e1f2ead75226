import EvidentAnalysis
import EvidentModel

/// Every data set read, with its accounting (read = complete + partial + rejected) and response
/// rate, and what reading it noticed.
enum SourcesSection: AppendixSection {
    static func sections(_ input: AppendixInput) -> [Section] {
        let rows = input.document.inputs.enumerated().map { index, row in
            let at = "/inputs/\(index)/"
            var file = Cell(row.file)
            file.isCode = true
            file.detail = "\(row.format), \(row.encoding)"
            return Row([
                Cell(row.dataset), Cell(row.kind), Cell(row.wave ?? "–"), file,
                .number(Format.count(row.rowsRead), value: Double(row.rowsRead), source: at + "rows_read"),
                .number(Format.count(row.complete), value: Double(row.complete), source: at + "complete"),
                .number(Format.count(row.partial), value: Double(row.partial), source: at + "partial"),
                .number(Format.count(row.rejected), value: Double(row.rejected), source: at + "rejected"),
                .number(row.invited.map(Format.count) ?? "–", value: row.invited.map(Double.init), source: at + "invited"),
                .number(
                    Format.percent(row.responseRate), value: row.responseRate, source: at + "response_rate",
                    aside: row.responseRateCI95.map { Format.interval($0) }
                ),
            ])
        }
        let table = Table(
            caption: "Data sets read, with every record accounted for",
            columns: [
                Column("Data set"), Column("Kind"), Column("Wave"), Column("File"), Column("Read", numeric: true),
                Column("Complete", numeric: true), Column("Partial", numeric: true), Column("Rejected", numeric: true),
                Column("Invited", numeric: true), Column("Response rate (95% CI)", numeric: true),
            ],
            rows: rows
        )
        var blocks: [Block] = [
            .table(table),
            .paragraph(Paragraph(
                "Every record read is counted once: read = complete + partial + rejected. A record is complete when every scale item is answered with a valid value and partial otherwise; it is rejected when it cannot be used as a response (its field count differs from the header's, or its respondent id is blank or repeats). Response rate = records read ÷ people invited.",
                style: .note)),
        ]
        let results = input.results
        let notes = results.datasets.flatMap { dataset in
            Diagnostic.grouped(dataset.diagnostics).map { "\(dataset.id): \($0.first.summarised(count: $0.count))" }
        }
            + results.composites.filter { $0.alpha.value != nil && $0.alphaIsLow }.map {
                "\($0.dataset): Cronbach's alpha for the composite is \(Format.decimal($0.alpha.value, 2)), under 0.7: the items may not measure one thing"
            }
            + HeldBackNotes.notes(results)
        if !notes.isEmpty { blocks.append(.list(ListBlock(style: "notes", items: notes.map { Paragraph($0) }))) }
        return [Section(id: "sources", title: "Sources", blocks: blocks)]
    }
}
