public import EvidentModel

/// The parent and ancestors of every code of a codebook, for rolling a code applied directly up
/// to every code above it (codebook spec §3.4a: a segment coded by a sub-code counts for every
/// ancestor).
public struct CodeHierarchy: Sendable, Hashable {
    /// For each code id, its ancestors from the theme down to the parent (empty for a theme).
    public let ancestorsByID: [String: [String]]
    /// For each code id, its parent's id (absent for a theme).
    public let parentByID: [String: String]

    /// The hierarchy of `codebook`. When an id is declared twice (an error lint reports), the first
    /// declaration wins. O(number of codes × depth).
    public init(_ codebook: Codebook) {
        var ancestors: [String: [String]] = [:]
        var parents: [String: String] = [:]
        for placed in codebook.allCodes where ancestors[placed.code.id] == nil {
            ancestors[placed.code.id] = placed.ancestors
            if let parent = placed.parentID { parents[placed.code.id] = parent }
        }
        ancestorsByID = ancestors
        parentByID = parents
    }

    /// The ancestors of `codeID`, outermost first; empty for a theme or an unknown id.
    public func ancestors(of codeID: String) -> [String] {
        ancestorsByID[codeID] ?? []
    }

    /// The codes a segment coded with `codeID` counts for: the code itself, then its ancestors
    /// from the parent up to the theme.
    public func rollUp(_ codeID: String) -> [String] {
        [codeID] + ancestors(of: codeID).reversed()
    }
}
