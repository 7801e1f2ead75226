public import EvidentModel

/// A codebook read from a REFI-QDA file, with the GUID of every code so codings that point at
/// GUIDs can be mapped to code ids.
public struct QDACodebook: Sendable {
    public var codebook: Codebook
    /// Code GUID (lower case, braces removed) → code id.
    public var codeIDs: [String: String]
    /// Ids made up for codes that had none (from their names), renamed duplicates, set members
    /// that name no code, GUIDs used twice.
    public var warnings: [Diagnostic]

    public init(codebook: Codebook, codeIDs: [String: String], warnings: [Diagnostic] = []) {
        self.codebook = codebook
        self.codeIDs = codeIDs
        self.warnings = warnings
    }

    /// The code id a `CodeRef@targetGUID` points at, if the codebook has that code.
    public func codeID(forGUID guid: String) -> String? {
        codeIDs[Self.normalised(guid)]
    }

    /// A GUID in lower case without braces, the form GUIDs are compared in.
    public static func normalised(_ guid: String) -> String {
        var text = guid.trimmedWhitespace.lowercased()
        if text.hasPrefix("{"), text.hasSuffix("}") { text = String(text.dropFirst().dropLast()) }
        return text
    }
}
