import EvidentApplication
import Testing

@Suite("Report comparison")
struct ReportComparisonTests {
    /// A results.json cut down to what the comparison reads, in the results spec's keys.
    static func report(share: Double, mean: Double, respondents: Int, rows: Int, fingerprint: String, extra: Bool = false) throws -> ReportComparison.Snapshot {
        var inputs = [#"{"dataset": "staff-2016", "rows_read": \#(rows), "complete": \#(rows), "rejected": 0, "sha256": "a"}"#]
        if extra { inputs.append(#"{"dataset": "parents-2016", "rows_read": 40, "complete": 40, "rejected": 0, "sha256": "b"}"#) }
        return try ReportComparison.Snapshot.decode(json: """
            {
              "study": {"codebook": {"name": "Early help", "version": "1", "fingerprint": "\(fingerprint)"}},
              "inputs": [\(inputs.joined(separator: ", "))],
              "items": [{"dataset": "staff-2016", "item_id": "trust", "label": "Gain the trust of families", "pct_positive": \(share), "mean": \(mean)}],
              "themes": [{"code_id": "isolation", "label": "Isolation", "respondents": \(respondents), "base": 100, "pct_respondents": \(Double(respondents))}]
            }
            """)
    }

    @Test("moved figures, changed counts, added data and a changed fingerprint under the same version are listed")
    func moved() throws {
        let before = try Self.report(share: 61.34, mean: 70.0, respondents: 12, rows: 100, fingerprint: String(repeating: "a", count: 64))
        let after = try Self.report(share: 64.0, mean: 70.02, respondents: 15, rows: 100, fingerprint: String(repeating: "b", count: 64), extra: true)
        let text = ReportComparison.markdown(previous: before, current: after, previousName: "Output/2015")
        #expect(text.contains("- Added: parents-2016 (40 rows read)."))
        #expect(text.contains("the coding rules or labels differ under the same version number"))
        #expect(text.contains("| staff-2016 | Gain the trust of families | 61.3 | 64.0 | +2.7 | 70.0 | 70.0 |"))
        #expect(text.contains("| Isolation | 12 of 100 | 15 of 100 | +3.0 |"))
    }

    @Test("differences under 0.05 are rounding noise, not movement")
    func noise() throws {
        let before = try Self.report(share: 61.25, mean: 70.0, respondents: 12, rows: 100, fingerprint: "f")
        let after = try Self.report(share: 61.26, mean: 70.04, respondents: 12, rows: 100, fingerprint: "f")
        let text = ReportComparison.markdown(previous: before, current: after, previousName: "x")
        #expect(text.contains("No item's % positive or mean moved."))
        #expect(text.contains("No code's count changed."))
        #expect(text.contains("No data set was added, removed or changed."))
    }

    @Test("a results.json of an older report without items, themes or codebook compares as far as it can; a null share reads as none")
    func partial() throws {
        let before = try ReportComparison.Snapshot.decode(json: #"{"inputs": [{"dataset": "staff-2016", "rows_read": 10}]}"#)
        let after = try ReportComparison.Snapshot.decode(json: #"{"inputs": [{"dataset": "staff-2016", "rows_read": 12}], "items": [{"dataset": "staff-2016", "item_id": "t", "pct_positive": null}]}"#)
        let text = ReportComparison.markdown(previous: before, current: after, previousName: "x")
        #expect(text.contains("- staff-2016: rows read 10 → 12."))
        #expect(text.contains("- Now: (none), version (no version), fingerprint none recorded."))
        #expect(text.contains("No item's % positive or mean moved."))
    }
}
