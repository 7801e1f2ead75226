import EvidentModel

/// The manifest's `quotes:` section (study spec, quotes): quotes pinned or excluded by the short
/// reference each published quote carries.
///
/// ```yaml
/// study:
///   quotes:
///     pin: [7M2P4XA3.2]        # shown first under the code its sentence fits best
///     exclude: [K1Q8ZD0T.0]    # never shown
/// ```
extension ManifestReader {
    static let quoteKeys = ["pin", "exclude"]

    static func readQuotes(_ node: YAMLValue, into spec: inout StudySpec) throws(InputError) {
        for entry in try node.mapping("quotes", allowed: quoteKeys) {
            let references = try entry.value.identifiers(
                entry.key, a: "quote reference", isValid: isQuoteReference,
                help: "a reference is eight letters or digits, a dot and a segment number (7M2P4XA3.2), as printed under each quote and in results.json"
            )
            if entry.key == "pin" { spec.pinnedQuotes = references } else { spec.excludedQuotes = references }
        }
    }

    /// Eight ASCII letters or digits, a dot, and a number.
    static func isQuoteReference(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0].count == 8 && parts[0].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            && !parts[1].isEmpty && parts[1].allSatisfy { $0.isASCII && $0.isNumber }
    }
}
