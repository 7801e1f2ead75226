import EvidentModel
import Foundation

/// Multi-select answers joined by the layout's own separator (`ExportLayout.multiSelectSeparator`),
/// such as Google Forms' `, ` (`Phone, Email, Text message`), where a comma alone could be
/// prose: a column is multi-select when at least two answers (and a third of them) join
/// options, no option is long, and the options recur — each used twice on average — which
/// free text written with commas does not do.
enum LayoutMultiSelect {
    /// How many distinct options the column's answers join, or `nil` when it is not multi-select.
    static func options(_ values: [String], separator: String) -> Int? {
        let joined = values.filter { $0.contains(separator) }
        guard joined.count >= 2, joined.count * 3 >= values.count else { return nil }
        let parts = values.flatMap { $0.components(separatedBy: separator) }.map(\.trimmedWhitespace).filter { !$0.isEmpty }
        guard parts.allSatisfy({ $0.count <= 80 }) else { return nil }
        let distinct = Set(parts).count
        return distinct * 2 <= parts.count ? distinct : nil
    }
}
