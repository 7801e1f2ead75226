import EvidentModel
import Foundation

/// Makes Evident code ids for codes from other tools, which have names but no ids: the name as a
/// slug (`rq1_definition` → `rq1-definition`), and when that id is taken, the parent's id before
/// it (`cs-as-programming-programming`), then a number (`-2`, `-3`, …). The same codebook always
/// gets the same ids.
struct CodeIDMaker {
    private(set) var used: Set<String> = []

    /// Claims `id` as it is, when it is a valid id nobody has yet.
    mutating func claim(_ id: String) -> Bool {
        guard CodebookReader.isCodeID(id), !used.contains(id) else { return false }
        used.insert(id)
        return true
    }

    /// A fresh id for a code called `name` under the code `parentID`.
    mutating func make(name: String, parentID: String?) -> String {
        let base = Self.slug(name)
        if claim(base) { return base }
        if let parentID, claim(parentID + "-" + base) { return parentID + "-" + base }
        let stem = parentID.map { $0 + "-" + base } ?? base
        var number = 2
        while !claim("\(stem)-\(number)") { number += 1 }
        return "\(stem)-\(number)"
    }

    /// Lower-case ASCII letters and digits, accents dropped (`é` → `e`), every other run of
    /// characters one `-`; `code` when nothing is left.
    static func slug(_ name: String) -> String {
        var scalars: [Unicode.Scalar] = []
        var pendingDash = false
        for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let lower = scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
            if ("a"..."z").contains(lower) || ("0"..."9").contains(lower) {
                if pendingDash, !scalars.isEmpty { scalars.append("-") }
                pendingDash = false
                scalars.append(lower)
            } else {
                pendingDash = true
            }
        }
        let slug = String(String.UnicodeScalarView(scalars))
        return slug.isEmpty ? "code" : slug
    }
}
