import EvidentModel

extension CodebookLinter {
    /// Warnings about a code's `applies_to`: empty (the code applies to no data set), or naming
    /// something that is neither a data set kind nor, when a study is given, one of its data
    /// sets. Without a study any id is allowed, so only a near miss of a kind
    /// (`practitioner-surveys`) warns.
    func appliesToFindings(_ code: Code, name: String) -> [LintFinding] {
        guard let appliesTo = code.appliesTo else { return [] }
        guard !appliesTo.isEmpty else {
            return [LintFinding(.warning, "\(name) has an empty applies_to, so it applies to no data set", at: code.declaredAt)]
        }
        let kinds = DatasetKind.allCases.map(\.rawValue)
        var findings: [LintFinding] = []
        for entry in appliesTo where !kinds.contains(entry) {
            if let datasetIDs {
                guard !datasetIDs.contains(entry) else { continue }
                findings.append(LintFinding(
                    .warning, "applies_to of \(name) names '\(entry)', which is neither a data set kind nor a data set of the study",
                    at: code.declaredAt))
            } else if let kind = Self.nearMiss(entry, among: kinds) {
                findings.append(LintFinding(
                    .warning, "applies_to of \(name) names '\(entry)', which is not a data set kind (did you mean '\(kind)'?)",
                    at: code.declaredAt))
            }
        }
        return findings
    }

    /// The kind `entry` most probably misspells: within one edit per 6 characters of the kind
    /// (at least one), so `practitioner-surveys` is a near miss but an id such as
    /// `interviews-2016` is not.
    static func nearMiss(_ entry: String, among kinds: [String]) -> String? {
        let folded = entry.lowercased()
        let scored = kinds.map { ($0, distance(folded, $0), max(1, $0.count / 6)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= best.2 else { return nil }
        return best.0
    }

    /// Levenshtein distance over Unicode scalars; only used on short names. O(a·b).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
