public import EvidentModel

/// Each code's ancestors, for counting a sub-code's segments under every code above it.
public struct RollUp: Sendable {
    private let chains: [String: [String]]

    public init(codebook: Codebook) {
        var chains: [String: [String]] = [:]
        for entry in codebook.allCodes { chains[entry.code.id] = [entry.code.id] + entry.ancestors.reversed() }
        self.chains = chains
    }

    /// The code itself, then its parent, up to its theme. Unknown ids give just themselves.
    public func selfAndAncestors(of codeID: String) -> [String] {
        chains[codeID] ?? [codeID]
    }
}
