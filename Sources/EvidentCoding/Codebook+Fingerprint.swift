import EvidentFormats
public import EvidentModel

extension Codebook {
    /// The codebook's content fingerprint: SHA-256 (hex) of a canonical text of everything that
    /// decides the coding or the labels readers see — the options (negation, stemming, segment
    /// unit), and each code in codebook order with its depth, id, label, definition, patterns,
    /// exclusions, negation, data sets it applies to and whether it is codable. Comments, key
    /// order, quoting, colours, GUIDs and examples do not change it; the version does not either,
    /// so two codebooks that say "2016.1" but code differently show different fingerprints.
    public var fingerprint: String {
        var lines: [String] = [
            "evident-codebook-fingerprint 1",
            "negation \(options.negation)", "stemming \(options.stemming)", "segment \(options.segment)",
        ]
        func field(_ key: String, _ value: String?) {
            guard let value else { return }
            lines.append(key + " " + value.unicodeScalars.map { $0 == "\n" ? "\\n" : String($0) }.joined())
        }
        for placed in allCodes {
            let code = placed.code
            lines.append("code \(placed.depth) \(code.id)")
            field("label", code.label)
            field("definition", code.definition)
            field("include", code.include)
            field("exclude-guidance", code.excludeGuidance)
            for pattern in code.patterns { field("pattern", pattern.text) }
            for pattern in code.exclude { field("exclude", pattern.text) }
            field("negation", code.negation.map { "\($0)" })
            field("applies-to", code.appliesTo?.joined(separator: ","))
            field("codable", "\(code.isCodable)")
        }
        var digest = SHA256()
        digest.update(Array(lines.joined(separator: "\n").utf8))
        return digest.finalizeHex()
    }
}
