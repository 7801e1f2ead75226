public import EvidentModel

extension Codebook {
    /// For each code id, its ancestors from the theme down to the parent (empty for a theme).
    ///
    /// O(number of codes × depth); build a `CodeHierarchy` once when asking repeatedly.
    public var ancestorsByID: [String: [String]] {
        CodeHierarchy(self).ancestorsByID
    }
}
