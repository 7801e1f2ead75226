import EvidentModel

/// The readers' names a data set entry can give: its `label:`, its `respondents:`, and labels
/// for attributes and their coded values (`attributes:` entries written as mappings).
extension DatasetSpecReader {
    static let attributeKeys = ["column", "label", "values"]

    /// `attributes:` entries: a column name, or
    /// `{column: respondent, label: Who answered, values: {young_person: Young person}}`.
    static func attributes(_ node: YAMLValue, of what: String, into spec: inout DatasetSpec) throws(InputError) {
        var columns: [String] = []
        for item in try node.list("attributes") {
            if item.isScalar {
                columns.append(try item.string("each of attributes"))
                continue
            }
            var column: String?
            var label: String?
            var values: [String: String] = [:]
            for entry in try item.mapping("an attribute of \(what)", allowed: attributeKeys) {
                switch entry.key {
                case "column": column = try entry.value.string("column")
                case "label": label = try nonEmpty(entry.value, "label", of: what)
                default:
                    for value in try entry.value.mapping("values of an attribute of \(what)", allowed: entry.value.mappingKeys) {
                        values[value.key] = try nonEmpty(value.value, "the label of value '\(value.key)'", of: what)
                    }
                }
            }
            guard let column else {
                throw InputError(
                    "an attribute of \(what) has no column", at: item.location,
                    help: "write {column: AGE, label: Age}, or just the column's header"
                )
            }
            columns.append(column)
            if let label { spec.attributeLabels[column] = label }
            if !values.isEmpty { spec.attributeValueLabels[column] = values }
        }
        spec.attributes = columns
    }

    /// A label's text: trimmed, and refused when blank.
    static func nonEmpty(_ node: YAMLValue, _ key: String, of what: String) throws(InputError) -> String {
        let text = try node.string(key).trimmedWhitespace
        guard !text.isEmpty else {
            throw InputError("\(key) of \(what) is blank", at: node.location, help: "write the name readers should see, or leave \(key) out")
        }
        return text
    }
}
