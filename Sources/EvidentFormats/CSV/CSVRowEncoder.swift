/// A nested value whose fields become columns of the row that holds it, in place (a theme's
/// counts in a data set, a cell of a breakdown), so a long table reuses the row type.
package protocol CSVInline: Encodable {}

/// A value that spreads over several CSV columns: an interval's two bounds, a pair of quartiles.
package protocol CSVColumnGroup {
    /// The columns for a field named `key`.
    static func csvColumns(named key: String) -> [String]
    /// The cells, one per column.
    var csvCells: [CSVTable.Cell] { get }
}

/// Turns rows declared once as `Encodable` structs into a `CSVTable`, so a table's header is the
/// row's own keys — the same names as in `results.json` — in declaration order.
///
/// Flattening rules, the same for every table: text, whole numbers and numbers are one cell
/// each (`nil` is an empty cell); `true`/`false` are written `yes`/`no`, as a spreadsheet reader
/// expects; a list of text is one cell joined with `;`; a `CSVColumnGroup` (an interval) spreads
/// over its columns (`mean_ci95_low`, `mean_ci95_high`). Nested objects and lists of objects (a
/// distribution, cells by group) are left out: each has a long table of its own — except a
/// `CSVInline` value, whose fields are spread in place.
package enum CSVRowEncoder {
    /// The table of `rows`; its header comes from `template` (any row: only its keys are used),
    /// so a table with no rows still has its header.
    package static func table<Row: Encodable>(_ rows: [Row], template: Row) throws -> CSVTable {
        let header = try columns(of: template).map(\.name)
        var cells: [[CSVTable.Cell]] = []
        cells.reserveCapacity(rows.count)
        for row in rows { cells.append(try columns(of: row).map(\.cell)) }
        return CSVTable(header: header, rows: cells)
    }

    /// One row's columns: names and cells, in order.
    package static func columns(of row: some Encodable) throws -> [(name: String, cell: CSVTable.Cell)] {
        let collector = Collector()
        try row.encode(to: RowEncoder(collector: collector))
        return collector.columns
    }

    final class Collector {
        var columns: [(name: String, cell: CSVTable.Cell)] = []

        func add<T>(_ value: T?, of type: T.Type, named key: String) throws {
            if let inline = value as? any CSVInline {
                try inline.encode(to: RowEncoder(collector: self))
                return
            }
            if let group = type as? any CSVColumnGroup.Type {
                let names = group.csvColumns(named: key)
                let cells = (value as? any CSVColumnGroup)?.csvCells ?? Array(repeating: .empty, count: names.count)
                columns += zip(names, cells).map { ($0, $1) }
                return
            }
            if type == [String].self {
                // Checked on the static type: an empty list of anything casts to [String].
                columns.append((key, (value as? [String]).map { .text($0.joined(separator: ";")) } ?? .empty))
                return
            }
            switch value {
            case let text as String: columns.append((key, .text(text)))
            case let number as Int: columns.append((key, .integer(number)))
            case let number as Double: columns.append((key, .number(number)))
            case let flag as Bool: columns.append((key, .text(flag ? "yes" : "no")))
            case .some: return
            case .none:
                if type == String.self || type == Int.self || type == Double.self || type == Bool.self {
                    columns.append((key, .empty))
                }
            }
        }
    }

    struct RowEncoder: Encoder {
        let collector: Collector
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            KeyedEncodingContainer(Columns<Key>(collector: collector))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            Discard()
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            Discard()
        }
    }

    struct Columns<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let collector: Collector
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) throws {
            collector.columns.append((SnakeCase.key(key), .empty))
        }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            try collector.add(value, of: T.self, named: SnakeCase.key(key))
        }

        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
            try collector.add(value, of: T.self, named: SnakeCase.key(key))
        }

        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
            try collector.add(value, of: String.self, named: SnakeCase.key(key))
        }

        mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
            try collector.add(value, of: Double.self, named: SnakeCase.key(key))
        }

        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
            try collector.add(value, of: Int.self, named: SnakeCase.key(key))
        }

        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
            try collector.add(value, of: Bool.self, named: SnakeCase.key(key))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(Discard.Keyed<NestedKey>())
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            Discard()
        }

        mutating func superEncoder() -> any Encoder {
            RowEncoder(collector: collector)
        }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            RowEncoder(collector: Collector())
        }
    }

    /// Where nested values go: nowhere (they have long tables of their own).
    struct Discard: UnkeyedEncodingContainer, SingleValueEncodingContainer {
        var codingPath: [any CodingKey] { [] }
        var count: Int { 0 }

        mutating func encodeNil() throws {}
        mutating func encode<T: Encodable>(_ value: T) throws {}

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(Keyed<NestedKey>())
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            Discard()
        }

        mutating func superEncoder() -> any Encoder {
            RowEncoder(collector: Collector())
        }

        struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
            var codingPath: [any CodingKey] { [] }
            mutating func encodeNil(forKey key: Key) throws {}
            mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {}

            mutating func nestedContainer<NestedKey: CodingKey>(
                keyedBy keyType: NestedKey.Type, forKey key: Key
            ) -> KeyedEncodingContainer<NestedKey> {
                KeyedEncodingContainer(Keyed<NestedKey>())
            }

            mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
                Discard()
            }

            mutating func superEncoder() -> any Encoder {
                RowEncoder(collector: Collector())
            }

            mutating func superEncoder(forKey key: Key) -> any Encoder {
                RowEncoder(collector: Collector())
            }
        }
    }
}
