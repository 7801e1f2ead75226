/// Output keys from Swift property names: `pctPositiveCI95` → `pct_positive_ci95`, `itemID` →
/// `item_id`, `rowsRead` → `rows_read`. A word break goes before a capital that follows a
/// lower-case letter or a digit, and before the last capital of a run that a lower-case letter
/// follows (`CIValue` → `ci_value`); then everything is lower-cased.
///
/// Both row encoders (`JSONValueEncoder`, `CSVRowEncoder`) name keys this way, so a row's field
/// has one name in `results.json` and in its CSV table. Keys made at run time (`DynamicKey`:
/// data set ids, distribution bins) are data and are kept exactly as they are.
package enum SnakeCase {
    package static func key(_ key: any CodingKey) -> String {
        key is DynamicKey ? key.stringValue : convert(key.stringValue)
    }

    package static func convert(_ name: String) -> String {
        let scalars = Array(name.unicodeScalars)
        var output = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            let isUpper = ("A"..."Z").contains(scalar)
            if isUpper, index > 0 {
                let previous = scalars[index - 1]
                let previousIsUpper = ("A"..."Z").contains(previous)
                let nextIsLower = index + 1 < scalars.count && ("a"..."z").contains(scalars[index + 1])
                if !previousIsUpper || nextIsLower { output.append("_") }
            }
            output.append(isUpper ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar)
        }
        return String(output)
    }
}
