import EvidentModel

/// Records laid out on one set of columns, like a delimited file's: what XML responses become
/// so that the same column resolution, inference, scoring and accounting apply to them.
///
/// XML records are named by element path below the record element (`group/field`); an element
/// that occurs more than once under the same parent in any record is a repeat, and every
/// occurrence of it carries its index (`children/child[1]/name`, `children/child[2]/name`),
/// so a column means the same thing in every record. Columns are in order of first appearance.
struct FieldTable: Sendable {
    /// One record's fields, aligned with `columns`, and where it came from.
    struct Row: Sendable, Hashable {
        var file: String
        var line: Int
        var fields: [String]
        /// As `XMLRecord.form`.
        var form: String? = nil
    }

    /// A file that could not be read at all (in a folder of submissions), standing for one
    /// record, and how many rows came before it.
    struct Failure: Sendable, Hashable {
        var position: Int
        var error: InputError
    }

    var columns: [ColumnHeader]
    var rows: [Row]
    var failures: [Failure] = []

    init(columns: [ColumnHeader], rows: [Row], failures: [Failure] = []) {
        self.columns = columns
        self.rows = rows
        self.failures = failures
    }

    /// Flattens XML records onto columns named by element path.
    init(records: [XMLRecord], failures: [Failure] = []) {
        var repeated: Set<[String]> = []
        for record in records {
            for leaf in record.leaves {
                for (index, step) in leaf.steps.enumerated() where step.occurrence > 1 {
                    repeated.insert(leaf.steps[...index].map(\.name))
                }
            }
        }
        var names: [String] = []
        var indexes: [String: Int] = [:]
        var placed: [[(Int, String)]] = []
        placed.reserveCapacity(records.count)
        for record in records {
            var pairs: [(Int, String)] = []
            pairs.reserveCapacity(record.leaves.count)
            for leaf in record.leaves {
                let name = Self.path(of: leaf.steps, repeated: repeated)
                let column: Int
                if let known = indexes[name] {
                    column = known
                } else {
                    column = names.count
                    indexes[name] = column
                    names.append(name)
                }
                pairs.append((column, leaf.value))
            }
            placed.append(pairs)
        }
        columns = names.map { name in
            let last = name.split(separator: "/").last.map(String.init) ?? name
            return ColumnHeader(name: name, question: name, subLabel: last == name ? nil : last)
        }
        rows = zip(records, placed).map { record, pairs in
            var fields = [String](repeating: "", count: names.count)
            for (column, value) in pairs { fields[column] = value }
            return Row(file: record.file, line: record.line, fields: fields, form: record.form)
        }
        self.failures = failures
    }

    /// `a/b[2]/c`: names joined by `/`, an index after each repeating element.
    static func path(of steps: [XMLStep], repeated: Set<[String]>) -> String {
        var text = ""
        var prefix: [String] = []
        prefix.reserveCapacity(steps.count)
        for step in steps {
            prefix.append(step.name)
            if !text.isEmpty { text += "/" }
            text += step.name
            if !repeated.isEmpty, repeated.contains(prefix) { text += "[\(step.occurrence)]" }
        }
        return text
    }
}
