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
    /// The parts of a `results.json` that a comparison reads (results spec), decoded as typed
    /// values. Every member is optional, so an earlier report that lacks one (an older version,
    /// no codebook) compares as far as it can instead of failing.
    public struct Snapshot: Decodable, Sendable {
        public struct Input: Decodable, Sendable {
            public var dataset: String?
            public var rowsRead: Int?
            public var complete: Int?
            public var rejected: Int?
            public var sha256: String?
        }

        public struct Codebook: Decodable, Sendable {
            public var name: String?
            public var version: String?
            public var fingerprint: String?
        }

        public struct Study: Decodable, Sendable {
            public var codebook: Codebook?
        }

        public struct Item: Decodable, Sendable {
            public var dataset: String?
            public var itemId: String?
            public var label: String?
            public var pctPositive: Double?
            public var mean: Double?
        }

        public struct Theme: Decodable, Sendable {
            public var codeId: String?
            public var label: String?
            public var respondents: Int?
            public var base: Int?
            public var pctRespondents: Double?
        }

        public var study: Study?
        public var inputs: [Input]?
        public var items: [Item]?
        public var themes: [Theme]?

        /// A snapshot from the text of a `results.json`.
        public static func decode(json: String) throws -> Snapshot {
            try decode(Data(json.utf8))
        }

        static func decode(_ data: Data) throws -> Snapshot {
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            return try decoder.decode(Snapshot.self, from: data)
        }
    }

    /// The `results.json` of a report folder, read before the new report replaces it.
    public static func load(_ folder: String) throws(InputErrors) -> Snapshot {
        let path = (folder as NSString).appendingPathComponent("results.json")
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputErrors([InputError(
                "no results.json in '\(folder)' to compare with", at: SourceLocation(file: folder),
                help: "--compare takes the folder of an earlier report (holding results.json)")])
        }
        do {
            return try Snapshot.decode(data)
        } catch {
            throw InputErrors([InputError(
                "results.json is not the results of an Evident report (\(error))", at: SourceLocation(file: path),
                help: "compare with a folder written by evident report")])
        }
    }

    /// `changes.md`: the previous report against the current one.
    public static func markdown(previous: Snapshot, current: Snapshot, previousName: String) -> String {
        var lines = ["# What changed since the previous report", "", "Compared with `\(previousName)/results.json`.", ""]
        lines += ["## Data", ""] + data(previous, current) + [""]
        lines += ["## Codebook", ""] + codebook(previous, current) + [""]
        lines += ["## Figures that moved", ""] + items(previous, current) + [""]
        lines += ["## Codes whose counts changed", ""] + codes(previous, current)
        return lines.joined(separator: "\n") + "\n"
    }

    static func text(_ value: Double?, digits: Int = 1) -> String {
        guard let value else { return "–" }
        return String(format: "%.\(digits)f", value)
    }

    static func signed(_ value: Double, digits: Int = 1) -> String {
        (value > 0 ? "+" : value < 0 ? "−" : "") + String(format: "%.\(digits)f", abs(value))
    }

    static func data(_ previous: Snapshot, _ current: Snapshot) -> [String] {
        let before = Dictionary((previous.inputs ?? []).map { ($0.dataset ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        let after = current.inputs ?? []
        var lines: [String] = []
        for input in after {
            let id = input.dataset ?? ""
            guard let old = before[id] else {
                lines.append("- Added: \(id) (\(input.rowsRead ?? 0) rows read).")
                continue
            }
            let counts: [(KeyPath<Snapshot.Input, Int?>, String)] = [(\.rowsRead, "rows read"), (\.complete, "complete records"), (\.rejected, "rejected records")]
            for (key, words) in counts {
                let was = old[keyPath: key] ?? 0
                let now = input[keyPath: key] ?? 0
                if was != now { lines.append("- \(id): \(words) \(was) → \(now).") }
            }
            if old.sha256 != input.sha256 { lines.append("- \(id): the file's contents changed.") }
        }
        let ids = Set(after.map { $0.dataset ?? "" })
        for id in before.keys.sorted() where !ids.contains(id) { lines.append("- Removed: \(id).") }
        return lines.isEmpty ? ["No data set was added, removed or changed."] : lines
    }

    static func codebook(_ previous: Snapshot, _ current: Snapshot) -> [String] {
        func details(_ snapshot: Snapshot) -> (String, String, String) {
            let codebook = snapshot.study?.codebook
            return (codebook?.name ?? "(none)", codebook?.version ?? "(no version)", codebook?.fingerprint ?? "")
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

    static func items(_ previous: Snapshot, _ current: Snapshot) -> [String] {
        func key(_ item: Snapshot.Item) -> String { (item.dataset ?? "") + "\u{0}" + (item.itemId ?? "") }
        let before = Dictionary((previous.items ?? []).map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        var rows: [String] = []
        for item in current.items ?? [] {
            guard let old = before[key(item)] else { continue }
            let oldShare = old.pctPositive, share = item.pctPositive
            let oldMean = old.mean, mean = item.mean
            let shareMoved = abs((share ?? 0) - (oldShare ?? 0)) >= 0.05 || (share == nil) != (oldShare == nil)
            let meanMoved = abs((mean ?? 0) - (oldMean ?? 0)) >= 0.05 || (mean == nil) != (oldMean == nil)
            guard shareMoved || meanMoved else { continue }
            let change = share.flatMap { now in oldShare.map { signed(now - $0) } } ?? "–"
            rows.append("| \(item.dataset ?? "") | \(item.label ?? "") | \(text(oldShare)) | \(text(share)) | \(change) | \(text(oldMean)) | \(text(mean)) |")
        }
        guard !rows.isEmpty else { return ["No item's % positive or mean moved."] }
        return ["| Data set | Item | % positive before | now | change (points) | mean before | now |", "|---|---|---:|---:|---:|---:|---:|"] + rows
    }

    static func codes(_ previous: Snapshot, _ current: Snapshot) -> [String] {
        let before = Dictionary((previous.themes ?? []).map { ($0.codeId ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        var rows: [String] = []
        for theme in current.themes ?? [] {
            let id = theme.codeId ?? ""
            let label = theme.label ?? id
            let count = theme.respondents ?? 0, base = theme.base ?? 0
            guard let old = before[id] else {
                rows.append("| \(label) | new code | \(count) of \(base) | |")
                continue
            }
            let oldCount = old.respondents ?? 0, oldBase = old.base ?? 0
            guard oldCount != count || oldBase != base else { continue }
            let change = theme.pctRespondents.flatMap { now in old.pctRespondents.map { signed(now - $0) } } ?? "–"
            rows.append("| \(label) | \(oldCount) of \(oldBase) | \(count) of \(base) | \(change) |")
        }
        let ids = Set((current.themes ?? []).map { $0.codeId ?? "" })
        for id in before.keys.sorted() where !ids.contains(id) { rows.append("| \(before[id]?.label ?? id) | removed | | |") }
        guard !rows.isEmpty else { return ["No code's count changed."] }
        return ["| Code | respondents before | now | change in share (points) |", "|---|---:|---:|---:|"] + rows
    }
}
