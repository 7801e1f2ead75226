import EvidentModel
import Foundation

/// Names a manifest draft makes up: data set and item ids from file and column names, a
/// wave from a year in the file name, and paths relative to the manifest.
enum DraftNames {
    /// Lower-case words joined by `-`, at most `words` of them: `Gain the trust of families`
    /// → `gain-the-trust-of-families`.
    static func slug(_ text: String, words limit: Int = 6) -> String {
        let words = text.lowercased().unicodeScalars.split { !(("a"..."z").contains($0) || ("0"..."9").contains($0)) }
            .map { String(String.UnicodeScalarView($0)) }
        return words.prefix(limit).joined(separator: "-")
    }

    /// `slug`, made unique against `taken` by `-2`, `-3` …, and remembered.
    static func unique(_ base: String, fallback: String, taken: inout Set<String>) -> String {
        let start = base.isEmpty ? fallback : base
        var candidate = start
        var number = 2
        while taken.contains(candidate) {
            candidate = "\(start)-\(number)"
            number += 1
        }
        taken.insert(candidate)
        return candidate
    }

    /// The row of a Google Forms grid column, `Question [Row]`.
    static func gridRow(_ name: String) -> String? {
        guard name.hasSuffix("]"), let open = name.range(of: " [", options: .backwards) else { return nil }
        let row = name[open.upperBound..<name.index(before: name.endIndex)]
        return row.isEmpty ? nil : String(row)
    }

    /// The deepest folder holding every path (absolute).
    static func commonFolder(_ folders: [String]) -> String? {
        guard var common = folders.first.map({ URL(fileURLWithPath: $0).standardizedFileURL.pathComponents }) else { return nil }
        for folder in folders.dropFirst() {
            let parts = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
            var shared = 0
            while shared < common.count, shared < parts.count, common[shared] == parts[shared] { shared += 1 }
            common = Array(common.prefix(shared))
        }
        guard !common.isEmpty else { return nil }
        return common.count == 1 ? "/" : "/" + common.dropFirst().joined(separator: "/")
    }

    /// A year 2000–2099 standing alone in a file name (`practitioner-survey-2016.csv` → 2016).
    static func wave(fromFile path: String) -> String? {
        let name = (path as NSString).lastPathComponent
        var digits = ""
        var found: [String] = []
        for character in name + " " {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else {
                if digits.count == 4, digits.hasPrefix("20") { found.append(digits) }
                digits = ""
            }
        }
        return found.first
    }

    /// `target` relative to `directory` (both absolute): `../Surveys/x.csv`.
    static func relative(_ target: String, from directory: String) -> String {
        let to = URL(fileURLWithPath: target).standardizedFileURL.pathComponents
        let from = URL(fileURLWithPath: directory).standardizedFileURL.pathComponents
        var common = 0
        while common < to.count, common < from.count, to[common] == from[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        let parts = ups + to[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
