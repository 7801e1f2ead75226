/// A named group of codes that cuts across the hierarchy: ATLAS.ti's code groups, MAXQDA's and
/// NVivo's code sets (REFI-QDA `<Set>` with `<MemberCode>`s). A code may be in several sets.
public struct CodeSet: Sendable, Hashable {
    public var name: String
    /// The set's REFI-QDA GUID as another tool wrote it; `nil` for a set made in Evident (a
    /// stable GUID from the codebook and set names is exported instead).
    public var guid: String?
    public var description: String?
    /// The ids of the codes in the set, in the set's own order.
    public var codeIDs: [String]
    /// Where the set is declared, for errors and lint.
    public var declaredAt: SourceLocation?

    public init(name: String, guid: String? = nil, description: String? = nil, codeIDs: [String] = [], declaredAt: SourceLocation? = nil) {
        self.name = name
        self.guid = guid
        self.description = description
        self.codeIDs = codeIDs
        self.declaredAt = declaredAt
    }
}
