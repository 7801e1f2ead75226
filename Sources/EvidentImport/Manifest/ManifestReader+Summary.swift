import EvidentModel

/// The manifest's `summary:` section: the summary page's findings pinned (shown first, in
/// order) or dropped by key, and the analyst's commentary.
///
/// ```yaml
/// study:
///   summary:
///     pin: [confidence/practitioners-2016/composite, outcomes/family-star-2016/distance]
///     drop: [response/kobo-feedback-2017]
///     commentary: |
///       Confidence rose where training was offered in 2016; debt advice remains the gap.
/// ```
///
/// A key is letters, digits and `-_./`; whether it names a finding is known only once the
/// results exist, so an unknown key is reported on the summary page, not here.
extension ManifestReader {
    static let summaryKeys = ["pin", "drop", "commentary"]

    static func readSummary(_ node: YAMLValue) throws(InputError) -> SummarySpec {
        var summary = SummarySpec()
        for entry in try node.mapping("summary", allowed: summaryKeys) {
            switch entry.key {
            case "commentary":
                let text = try entry.value.string("commentary")
                summary.commentary = text.split(separator: "\n\n").map { String($0).trimmedWhitespace }.filter { !$0.isEmpty }
            default:
                let keys = try entry.value.identifiers(
                    entry.key, a: "finding key", isValid: isFindingKey,
                    help: "a key is printed beside each finding in the summary's notes, such as confidence/practitioners-2016/composite"
                )
                if entry.key == "pin" { summary.pin = keys } else { summary.drop = keys }
            }
        }
        return summary
    }

    static func isFindingKey(_ text: String) -> Bool {
        !text.isEmpty && text.contains("/") && text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_./".unicodeScalars.contains($0)
        }
    }
}
