public import EvidentModel

/// The checks of `evident codebook lint` that need the pattern language (codebook spec §5), run on
/// a codebook read leniently so that every problem is found in one pass:
///
/// - errors: a code id used twice; a code with no label (missing or blank); a pattern or
///   exclusion that does not parse (at the column of the problem); a wildcard with a stem under
///   3 characters;
/// - warnings: a pattern repeated in two codes, or twice in one code (patterns are compared after
///   parsing, so `Anxi*` repeats `anxi*`, and `a NEAR/3 b` repeats `b NEAR/3 a`); an exclusion
///   that can never match any pattern of its code (see `ExclusionReach` for the exact rule); an
///   empty `applies_to`, or an `applies_to` entry that is neither a data set kind nor a data set
///   of the study (without a study, ids cannot be checked, so only near misses of a kind warn);
/// - for exchange with QDA tools (`exchangeFindings`): a GUID used twice (error), a GUID that is
///   not REFI-QDA's `8-4-4-4-12` hex, a category (`codable: false`) with patterns, a set without
///   codes (warnings).
///
/// A code with no patterns is manual-only, which is fine and not reported.
public struct CodebookLinter: Sendable {
    /// The data set ids of the study the codebook is used with; `nil` when there is no study.
    public var datasetIDs: Set<String>?
    let parser = PatternParser()

    /// A linter; give `datasetIDs` to check `applies_to` against a study's data sets.
    public init(datasetIDs: Set<String>? = nil) {
        self.datasetIDs = datasetIDs
    }

    /// Every finding about `codebook`, in codebook order (codes depth first, each code's own
    /// findings in the order of its keys).
    ///
    /// O(patterns × terms) for parsing and repeats, plus O(exclusions × patterns × terms²) of a code
    /// for the exclusion rule.
    public func findings(in codebook: Codebook) -> [LintFinding] {
        var findings: [LintFinding] = []
        var firstID: [String: SourceLocation?] = [:]
        var firstPattern: [String: (code: String, at: SourceLocation?)] = [:]
        let reach = ExclusionReach(stemming: codebook.options.stemming)
        for placed in codebook.allCodes {
            let code = placed.code
            let name = Self.name(of: code)
            if !code.id.isEmpty {
                if let first = firstID[code.id] {
                    let line = first?.line.map { " (first at line \($0))" } ?? ""
                    findings.append(LintFinding(.error, "code id '\(code.id)' is used twice\(line)", at: code.declaredAt))
                } else {
                    firstID[code.id] = code.declaredAt
                }
            }
            if code.label.trimmedWhitespace.isEmpty {
                findings.append(LintFinding(.error, "\(name) has no label", at: code.declaredAt))
            }
            let patterns = code.patterns.map { check($0, of: name, isExclusion: false, into: &findings) }
            for (source, pattern) in zip(code.patterns, patterns) {
                guard let pattern else { continue }
                let key = Self.canonical(pattern)
                if let first = firstPattern[key] {
                    let message = first.code == code.id
                        ? "pattern '\(source.text)' appears twice in \(name)\(Self.firstLine(first.at))"
                        : "pattern '\(source.text)' is repeated in codes '\(first.code)' and '\(code.id)'"
                    findings.append(LintFinding(.warning, message, at: source.declaredAt))
                } else {
                    firstPattern[key] = (code.id, source.declaredAt)
                }
            }
            let exclusions = code.exclude.map { check($0, of: name, isExclusion: true, into: &findings) }
            findings += reach.findings(
                code: name, patterns: Array(zip(code.patterns, patterns)), exclusions: Array(zip(code.exclude, exclusions)))
            findings += appliesToFindings(code, name: name)
        }
        return findings + exchangeFindings(in: codebook)
    }

    /// `code 'id'`, or a description of a code that has no id.
    static func name(of code: Code) -> String {
        guard code.id.isEmpty else { return "code '\(code.id)'" }
        return code.declaredAt?.line.map { "the code at line \($0)" } ?? "a code without an id"
    }

    private static func firstLine(_ location: SourceLocation?) -> String {
        location?.line.map { " (first at line \($0))" } ?? ""
    }

    /// A key equal for patterns that match exactly the same: the normalised terms, with NEAR's
    /// operands in a fixed order (NEAR is symmetric).
    static func canonical(_ pattern: Pattern) -> String {
        func text(_ phrase: PatternPhrase) -> String {
            phrase.terms.map(\.description).joined(separator: " ")
        }
        switch pattern {
        case .phrase(let phrase):
            return text(phrase)
        case .near(let first, let second, let distance):
            let operands = [text(first), text(second)].sorted()
            return "\"\(operands[0])\" NEAR/\(distance) \"\(operands[1])\""
        }
    }
}
