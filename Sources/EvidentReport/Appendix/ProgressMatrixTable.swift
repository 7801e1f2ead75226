import EvidentModel

/// The progress matrix as a table: start bands down, latest bands across, with totals, each
/// cell's count and its share of every family in the matrix. The study's and the region's
/// appendices draw it the same way.
enum ProgressMatrixTable {
    static func table(_ counts: [[Int]], bands: [String], caption: String, source: String? = nil) -> Table {
        let total = counts.reduce(0) { $0 + $1.reduce(0, +) }
        func cell(_ count: Int, strong: Bool = false, at pointer: String? = nil) -> Cell {
            let percent = total > 0 ? Double(count) / Double(total) * 100 : nil
            var cell = Cell.number(Format.count(count), value: Double(count), source: pointer, aside: Format.percent(percent, 0))
            cell.isStrong = strong
            return cell
        }
        var rows: [Row] = []
        for (start, cells) in counts.enumerated() {
            let label = "Started \(bands.indices.contains(start) ? bands[start] : "?")"
            rows.append(Row([Cell(label)] + cells.enumerated().map { latest, count in
                var c = cell(count, at: source.map { "\($0)/\(start)/\(latest)" })
                c.band = latest > start ? "above" : latest < start ? "below" : "on"
                return c
            } + [cell(cells.reduce(0, +), strong: true)]))
        }
        let columns = bands.indices.map { column in counts.reduce(0) { $0 + (column < $1.count ? $1[column] : 0) } }
        var totalLabel = Cell("Total")
        totalLabel.isStrong = true
        rows.append(Row([totalLabel] + columns.map { cell($0, strong: true) } + [cell(total, strong: true)]))
        return Table(
            caption: caption,
            columns: [Column("Band at first reading")] + bands.map { Column("Latest: \($0)", numeric: true) } + [Column("Total", numeric: true)],
            rows: rows,
            notes: [Paragraph("Families by the band of their average first reading (rows) and average latest reading (columns); each cell's share is of every family in the matrix. Above the diagonal (to the right): ended in a higher band, higher than average progress; on it: stayed in their band; below it: ended lower.", style: .note)],
            style: "compact matrix"
        )
    }

    /// The same, with the bands as the model holds them.
    static func table(_ counts: [[Int]], bands: ProgressBands, caption: String) -> Table {
        table(counts, bands: bands.labels, caption: caption)
    }
}
