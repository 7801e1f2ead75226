/// Finds email addresses: a local part, `@`, and a domain with at least one dot whose last
/// label is two or more letters (`sam.okafor@example.org`, `k_walsh+test@mail.co.uk`).
///
/// Linear: it starts only at `@` signs, and neither the local part nor the domain can contain
/// an `@`, so each scalar is read by at most the scans of the `@` before and after it.
enum EmailScanner {
    /// Claims every email address in `text`, then every occurrence of the `exact` addresses
    /// (the respondent's own, matched without regard to case even when they are not
    /// well-formed).
    static func scan(_ text: ScalarText, exact: [String], into spans: inout RedactionSpans) {
        for index in 0..<text.count where text.scalars[index] == "@" {
            if let range = address(at: index, in: text) { spans.claim(range, as: .email) }
        }
        for address in exact {
            let needle = address.unicodeScalars.map(lower)
            guard needle.count >= 3, needle.contains("@") else { continue }
            for range in occurrences(of: needle, in: text) { spans.claim(range, as: .email) }
        }
    }

    /// The address around the `@` at `at`, if there is one.
    static func address(at: Int, in text: ScalarText) -> Range<Int>? {
        var start = at
        while start > 0, isLocal(text.scalars[start - 1]) { start -= 1 }
        while start < at, text.scalars[start] == "." { start += 1 }
        guard start < at else { return nil }
        var end = at + 1
        while end < text.count, isDomain(text.scalars[end]) { end += 1 }
        while end > at + 1, text.scalars[end - 1] == "." || text.scalars[end - 1] == "-" { end -= 1 }
        let domain = text.scalars[(at + 1)..<end]
        guard let lastDot = domain.lastIndex(of: "."), lastDot > at + 1 else { return nil }
        let topLevel = text.scalars[(lastDot + 1)..<end]
        guard topLevel.count >= 2, topLevel.allSatisfy(ScalarText.isLetter) else { return nil }
        return start..<end
    }

    /// Characters of a local part: letters, digits and `. _ % + -`.
    private static func isLocal(_ scalar: Unicode.Scalar) -> Bool {
        ScalarText.isWordScalar(scalar) || scalar == "." || scalar == "_" || scalar == "%" || scalar == "+" || scalar == "-"
    }

    /// Characters of a domain: letters, digits, `-` and `.`.
    private static func isDomain(_ scalar: Unicode.Scalar) -> Bool {
        ScalarText.isWordScalar(scalar) || scalar == "." || scalar == "-"
    }

    /// Where `needle` (scalars with ASCII letters in lower case) occurs in `text`, ignoring ASCII case, not inside a
    /// longer address. O(n × m) for an address of m scalars, m at most a few dozen.
    private static func occurrences(of needle: [Unicode.Scalar], in text: ScalarText) -> [Range<Int>] {
        guard needle.count <= text.count else { return [] }
        var found: [Range<Int>] = []
        var start = 0
        while start + needle.count <= text.count {
            var matched = true
            for offset in needle.indices where lower(text.scalars[start + offset]) != needle[offset] {
                matched = false
                break
            }
            let end = start + needle.count
            if matched, !(start > 0 && isLocal(text.scalars[start - 1])), !(end < text.count && isDomain(text.scalars[end]) && text.scalars[end] != ".") {
                found.append(start..<end)
                start = end
            } else {
                start += 1
            }
        }
        return found
    }

    private static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
    }
}
