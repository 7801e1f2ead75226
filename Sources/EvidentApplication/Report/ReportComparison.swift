public import EvidentModel
import Foundation

/// `evident report --compare PREVIOUS_OUTPUT`: what changed since an earlier report, written as
/// `changes.md` beside the new one. Both reports are read from their `results.json` (results
/// spec), so any earlier Evident output can be compared:
///
/// - **data**: data sets added or removed; rows read and complete records that changed;
/// - **codebook**: version and content fingerprint (a changed fingerprint means the coding rules
///   or labels changed, whatever the version says);
/// - **figures that moved**: each item's % positive and mean, per data set, that differ;
/// - **codes whose counts changed**: respondents per code (of their base), and the share.
///
/// Figures are compared as `results.json` holds them (full precision) and shown rounded; a figure
/// counts as moved when it differs by at least 0.05 (percentage points or scale points), so
/// rounding noise is not listed.
public enum ReportComparison {
    /// The `results.json` of a report folder, read before the new report replaces it.
    public static func load(_ folder: String) throws(InputErrors) -> [String: Any] {
        let path = (folder as NSString).appendingPathComponent("results.json")
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputErrors([InputError(
                "no results.json in '\(folder)' to compare with", at: SourceLocation(file: folder),
                help: "--compare takes the folder of an earlier report (holding results.json)")])
        }
        guard let object = try? JSONSerialization.jsonObject(with: data), let json = object as? [String: Any] else {
            throw InputErrors([InputError(
                "results.json is not a JSON object", at: SourceLocation(file: path),
                help: "compare with a folder written by evident report")])
        }
        return json
    }

    /// `changes.md`: the previous report against the current one.
    public static func markdown(previous: [String: Any], current: [String: Any], previousName: String) -> String {
        var lines = ["# What changed since the previous report", "", "Compared with `\(previousName)/results.json`.", ""]
        lines += ["## Data", ""] + data(previous, current) + [""]
        lines += ["## Codebook", ""] + codebook(previous, current) + [""]
        lines += ["## Figures that moved", ""] + items(previous, current) + [""]
        lines += ["## Codes whose counts changed", ""] + codes(previous, current)
        return lines.joined(separator: "\n") + "\n"
    }

    static func objects(_ json: [String: Any], _ key: String) -> [[String: Any]] {
        json[key] as? [[String: Any]] ?? []
    }

    static func number(_ value: Any?) -> Double? {
        (value as? NSNumber)?.doubleValue
    }

    static func text(_ value: Double?, digits: Int = 1) -> String {
        guard let value else { return "–" }
        return String(format: "%.\(digits)f", value)
    }

    static func signed(_ value: Double, digits: Int = 1) -> String {
        (value > 0 ? "+" : value < 0 ? "−" : "") + String(format: "%.\(digits)f", abs(value))
    }

    static func data(_ previous: [String: Any], _ current: [String: Any]) -> [String] {
        let before = Dictionary(objects(previous, "inputs").map { ($0["dataset"] as? String ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        let after = objects(current, "inputs")
        var lines: [String] = []
        for input in after {
            let id = input["dataset"] as? String ?? ""
            guard let old = before[id] else {
                lines.append("- Added: \(id) (\(Int(number(input["rows_read"]) ?? 0)) rows read).")
                continue
            }
            for (key, words) in [("rows_read", "rows read"), ("complete", "complete records"), ("rejected", "rejected records")] {
                let was = Int(number(old[key]) ?? 0)
                let now = Int(number(input[key]) ?? 0)
                if was != now { lines.append("- \(id): \(words) \(was) → \(now).") }
            }
            if (old["sha256"] as? String) != (input["sha256"] as? String) { lines.append("- \(id): the file's contents changed.") }
        }
        let ids = Set(after.map { $0["dataset"] as? String ?? "" })
        for id in before.keys.sorted() where !ids.contains(id) { lines.append("- Removed: \(id).") }
        return lines.isEmpty ? ["No data set was added, removed or changed."] : lines
    }

    static func codebook(_ previous: [String: Any], _ current: [String: Any]) -> [String] {
        func details(_ json: [String: Any]) -> (String, String, String) {
            let codebook = (json["study"] as? [String: Any])?["codebook"] as? [String: Any]
            return (codebook?["name"] as? String ?? "(none)", codebook?["version"] as? String ?? "(no version)", codebook?["fingerprint"] as? String ?? "")
        }
        let (oldName, oldVersion, oldPrint) = details(previous)
        let (name, version, print) = details(current)
        func shown(_ fingerprint: String) -> String { fingerprint.isEmpty ? "none recorded" : "`\(fingerprint.prefix(12))`" }
        var lines = ["- Now: \(name), version \(version), fingerprint \(shown(print)).", "- Before: \(oldName), version \(oldVersion), fingerprint \(shown(oldPrint))."]
        if oldPrint == print {
            lines.append("- The codebook's content is unchanged.")
        } else if oldVersion == version {
            lines.append("- The content changed but the version did not: the coding rules or labels differ under the same version number.")
        } else {
            lines.append("- The content changed.")
        }
        return lines
    }

    static func items(_ previous: [String: Any], _ current: [String: Any]) -> [String] {
        func key(_ item: [String: Any]) -> String { (item["dataset"] as? String ?? "") + "\u{0}" + (item["item_id"] as? String ?? "") }
        let before = Dictionary(objects(previous, "items").map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        var rows: [String] = []
        for item in objects(current, "items") {
            guard let old = before[key(item)] else { continue }
            let oldShare = number(old["pct_positive"]), share = number(item["pct_positive"])
            let oldMean = number(old["mean"]), mean = number(item["mean"])
            let shareMoved = abs((share ?? 0) - (oldShare ?? 0)) >= 0.05 || (share == nil) != (oldShare == nil)
            let meanMoved = abs((mean ?? 0) - (oldMean ?? 0)) >= 0.05 || (mean == nil) != (oldMean == nil)
            guard shareMoved || meanMoved else { continue }
            let change = share.flatMap { now in oldShare.map { signed(now - $0) } } ?? "–"
            rows.append("| \(item["dataset"] as? String ?? "") | \(item["label"] as? String ?? "") | \(text(oldShare)) | \(text(share)) | \(change) | \(text(oldMean)) | \(text(mean)) |")
        }
        guard !rows.isEmpty else { return ["No item's % positive or mean moved."] }
        return ["| Data set | Item | % positive before | now | change (points) | mean before | now |", "|---|---|---:|---:|---:|---:|---:|"] + rows
    }

    static func codes(_ previous: [String: Any], _ current: [String: Any]) -> [String] {
        let before = Dictionary(objects(previous, "themes").map { ($0["code_id"] as? String ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        var rows: [String] = []
        for theme in objects(current, "themes") {
            let id = theme["code_id"] as? String ?? ""
            let label = theme["label"] as? String ?? id
            let count = Int(number(theme["respondents"]) ?? 0), base = Int(number(theme["base"]) ?? 0)
            guard let old = before[id] else {
                rows.append("| \(label) | new code | \(count) of \(base) | |")
                continue
            }
            let oldCount = Int(number(old["respondents"]) ?? 0), oldBase = Int(number(old["base"]) ?? 0)
            guard oldCount != count || oldBase != base else { continue }
            let change = number(theme["pct_respondents"]).flatMap { now in number(old["pct_respondents"]).map { signed(now - $0) } } ?? "–"
            rows.append("| \(label) | \(oldCount) of \(oldBase) | \(count) of \(base) | \(change) |")
        }
        let ids = Set(objects(current, "themes").map { $0["code_id"] as? String ?? "" })
        for id in before.keys.sorted() where !ids.contains(id) { rows.append("| \(before[id]?["label"] as? String ?? id) | removed | | |") }
        guard !rows.isEmpty else { return ["No code's count changed."] }
        return ["| Code | respondents before | now | change in share (points) |", "|---|---:|---:|---:|"] + rows
    }
}
