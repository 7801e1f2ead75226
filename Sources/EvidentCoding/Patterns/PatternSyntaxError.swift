public import EvidentModel

/// Why a pattern does not parse, and where (codebook spec §3.3).
public struct PatternSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// 1-based position, in Unicode scalars, in the pattern as written.
    public var position: Int
    /// What is wrong, in the researcher's words.
    public var reason: String

    /// An error at 1-based scalar `position` of the pattern, for `reason`.
    public init(position: Int, reason: String) {
        self.position = position
        self.reason = reason
    }

    /// `at position <n>: <reason>`.
    public var description: String {
        "at position \(position): \(reason)"
    }

    /// The input error for this pattern of a code, located where the pattern was declared:
    /// `cannot parse pattern '<text>' of code '<id>' at position <n>: <reason>` (or
    /// `cannot parse exclude pattern …` for an exclusion).
    public func inputError(pattern: PatternSource, codeID: String, isExclusion: Bool = false) -> InputError {
        let kind = isExclusion ? "exclude pattern" : "pattern"
        return InputError(
            "cannot parse \(kind) '\(pattern.text)' of code '\(codeID)' \(description)", at: pattern.declaredAt)
    }
}
