package import EvidentAnonymisation
import EvidentFormats

/// What anonymisation replaced in the quoted texts: `redactions` in `results.json` (texts,
/// texts changed, then one count per kind, in `RedactionKind` order).
package struct RedactionCounts: Sendable, Encodable {
    package var summary: RedactionSummary

    package init(_ summary: RedactionSummary) {
        self.summary = summary
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicKey.self)
        try container.encode(summary.texts, forKey: DynamicKey("texts"))
        try container.encode(summary.textsChanged, forKey: DynamicKey("texts_changed"))
        for kind in RedactionKind.allCases { try container.encode(summary[kind], forKey: DynamicKey(kind.rawValue)) }
    }
}
