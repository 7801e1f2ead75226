import EvidentModel

/// Reads the manifest's `scales:` section: numeric ranges with `positive_from`, ordinal level
/// lists with `positive` levels. Levels stay text (`Yes`, `No`, `On` are never booleans).
enum ScaleReader {
    static let keys = ["type", "min", "max", "positive_from", "levels", "positive", "label"]

    static func read(_ node: YAMLValue) throws(InputError) -> [Scale] {
        var scales: [Scale] = []
        for entry in try node.mapping("scales", allowed: entryKeys(node)) {
            scales.append(try scale(id: entry.key, entry.value))
        }
        return scales
    }

    /// Any scale id is allowed as a key under `scales:`.
    private static func entryKeys(_ node: YAMLValue) -> [String] {
        node.mappingKeys
    }

    private static func scale(id: String, _ node: YAMLValue) throws(InputError) -> Scale {
        var type: String?
        var min: Double?
        var max: Double?
        var positiveFrom: Double?
        var levels: [String]?
        var positive: [String]?
        var label: String?
        let what = "scale '\(id)'"
        for entry in try node.mapping(what, allowed: keys) {
            switch entry.key {
            case "type": type = try entry.value.string("type")
            case "min": min = try entry.value.double("min")
            case "max": max = try entry.value.double("max")
            case "positive_from": positiveFrom = try entry.value.double("positive_from")
            case "levels": levels = try entry.value.strings("levels")
            case "label": label = try entry.value.string("label")
            default: positive = try entry.value.strings("positive")
            }
        }
        switch type {
        case "numeric":
            guard let min, let max else {
                throw InputError("\(what) is numeric but lacks min or max", at: node.location, help: "add min: and max:")
            }
            guard min < max else { throw InputError("\(what) has min \(min.compactDescription) not below max \(max.compactDescription)", at: node.location) }
            guard let positiveFrom else {
                throw InputError("\(what) lacks positive_from", at: node.location, help: "say which score counts as positive, e.g. positive_from: 70")
            }
            guard positiveFrom >= min, positiveFrom <= max else {
                throw InputError("\(what) has positive_from \(positiveFrom.compactDescription) outside \(min.compactDescription)–\(max.compactDescription)", at: node.location)
            }
            return Scale(id: id, kind: .numeric(min: min, max: max, positiveFrom: positiveFrom), label: label)
        case "ordinal":
            guard let levels, levels.count >= 2 else {
                throw InputError("\(what) needs at least two levels", at: node.location, help: "list them in order, lowest first: levels: [No, Partly, Yes]")
            }
            let folded = levels.map { $0.trimmedWhitespace.lowercased() }
            guard Set(folded).count == folded.count else {
                throw InputError("\(what) lists a level twice", at: node.location)
            }
            guard let positive, !positive.isEmpty else {
                throw InputError("\(what) lacks positive levels", at: node.location, help: "say which levels count as positive, e.g. positive: [Agree, Strongly agree]")
            }
            var indexes: Set<Int> = []
            for level in positive {
                guard let index = folded.firstIndex(of: level.trimmedWhitespace.lowercased()) else {
                    throw InputError("\(what) names positive level '\(level)' that is not one of its levels", at: node.location)
                }
                indexes.insert(index)
            }
            return Scale(id: id, kind: .ordinal(levels: levels.map { $0.trimmedWhitespace }, positive: indexes), label: label)
        case nil:
            throw InputError("\(what) has no type", at: node.location, help: "add type: numeric or type: ordinal")
        case let other?:
            throw InputError("\(what) has unknown type '\(other)'", at: node.location, help: "use numeric or ordinal")
        }
    }
}
