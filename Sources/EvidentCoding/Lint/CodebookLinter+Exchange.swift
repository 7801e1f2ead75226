import EvidentModel

extension CodebookLinter {
    /// What would go wrong when the codebook goes to a QDA tool: a GUID given to two codes or
    /// sets (error: the tool would merge them), a GUID not in REFI-QDA's form (the tool may refuse
    /// the file), a category with patterns (QDA tools will not let anyone code with it, but
    /// Evident would), a set that names no code.
    func exchangeFindings(in codebook: Codebook) -> [LintFinding] {
        var findings: [LintFinding] = []
        var first: [String: SourceLocation?] = [:]
        func check(_ guid: String?, of name: String, at location: SourceLocation?) {
            guard let guid else { return }
            guard Self.isGUID(guid) else {
                findings.append(LintFinding(.warning, "\(name) has guid '\(guid)', which is not a REFI-QDA GUID (8-4-4-4-12 hex digits)", at: location))
                return
            }
            let key = Self.normalisedGUID(guid)
            if let earlier = first[key] {
                let line = earlier?.line.map { " (first at line \($0))" } ?? ""
                findings.append(LintFinding(.error, "guid \(guid) is used twice\(line)", at: location))
            } else {
                first[key] = location
            }
        }
        for placed in codebook.allCodes {
            let code = placed.code
            check(code.guid, of: Self.name(of: code), at: code.declaredAt)
            if !code.isCodable, !code.patterns.isEmpty {
                findings.append(LintFinding(
                    .warning, "\(Self.name(of: code)) is a category (codable: false) but has patterns; QDA tools will not code with it",
                    at: code.declaredAt
                ))
            }
        }
        for set in codebook.sets {
            check(set.guid, of: "set '\(set.name)'", at: set.declaredAt)
            if set.codeIDs.isEmpty {
                findings.append(LintFinding(.warning, "set '\(set.name)' has no codes", at: set.declaredAt))
            }
        }
        return findings
    }

    /// `8-4-4-4-12` hex digits, optionally in braces (REFI-QDA `GUIDType`).
    static func isGUID(_ text: String) -> Bool {
        var body = Substring(text)
        if body.hasPrefix("{"), body.hasSuffix("}") { body = body.dropFirst().dropLast() }
        let groups = body.split(separator: "-", omittingEmptySubsequences: false)
        return groups.map(\.count) == [8, 4, 4, 4, 12] && groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }

    static func normalisedGUID(_ text: String) -> String {
        var body = text.lowercased()
        if body.hasPrefix("{"), body.hasSuffix("}") { body = String(body.dropFirst().dropLast()) }
        return body
    }
}
