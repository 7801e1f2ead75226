/// The value a table shows for a column: never a personal-data value (those are masked to
/// their shape), for an attribute its most common value held by five records or more, for an
/// unused column nothing that could be a name, and for free text a short answer that names
/// nobody where one exists.
enum ExampleValue {
    static let exampleWidth = 40

    static func choose(_ values: [String], role: ColumnRole) -> String? {
        guard let first = values.first else { return nil }
        switch role {
        case .personal(let kind): return mask(first, kind: kind)
        case .unused:
            // Short values that fit no role can be names nobody announced: shown only when
            // they cannot be one.
            return ValueShapes.isPersonal(first) || first.contains(where: \.isUppercase) ? "•••" : shorten(first)
        case .freeText:
            let plain = values.first { value in
                let words = value.split(whereSeparator: \.isWhitespace).dropFirst()
                guard !NoComment.matches(value) else { return false }
                return !value.contains("@") && !value.contains(where: \.isNumber)
                    && !words.contains { $0.first?.isUppercase == true }
            }
            return shorten(plain ?? masked(values.first { !NoComment.matches($0) } ?? first))
        default:
            // An identifier, a reference or metadata can still hold what identifies someone
            // (`ExternalReference` filled with e-mails or names).
            return ValueShapes.isPersonal(first) || ValueShapes.isPersonName(first) ? "•••" : shorten(first)
        }
    }

    /// `•••@•••` for an email; dots for anything else, keeping only its length class.
    static func mask(_ value: String, kind: PersonalDataKind) -> String {
        switch kind {
        case .email: "•••@•••"
        case .ipAddress: "•.•.•.•"
        case .link: "https://•••"
        default: "•••"
        }
    }

    /// Words holding a digit or `@` replaced by `•••`.
    static func masked(_ value: String) -> String {
        value.split(separator: " ", omittingEmptySubsequences: false)
            .map { $0.contains("@") || $0.contains(where: \.isNumber) ? "•••" : String($0) }
            .joined(separator: " ")
    }

    /// On one line, at most `width` characters, `…` where cut.
    static func shorten(_ value: String, width: Int = exampleWidth) -> String {
        let line = value.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count <= width ? line : String(line.prefix(width - 1)) + "…"
    }
}
