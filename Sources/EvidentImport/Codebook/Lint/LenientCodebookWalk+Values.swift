import EvidentModel

/// Typed reads that record a problem and return `nil` (or nothing) instead of throwing.
extension LenientCodebookWalk {
    /// The mapping's entries in file order; unknown keys are recorded and skipped, and so is a
    /// key the reader already reported as repeated (it carries `repeatedKeyMark`).
    mutating func entries(of node: YAMLNode, _ what: String, allowed: [String]) -> [(key: String, value: YAMLNode, at: SourceLocation)] {
        guard let mapping = node.mapping else {
            problems.append(InputError("\(what) must be a mapping of keys to values", at: location(node)))
            return []
        }
        var entries: [(key: String, value: YAMLNode, at: SourceLocation)] = []
        for (keyNode, valueNode) in mapping {
            let key = keyNode.scalar?.string ?? ""
            let at = location(keyNode)
            guard allowed.contains(key) else {
                problems.append(InputError("unknown key '\(key)' in \(what)\(Self.didYouMean(key, among: allowed))", at: at))
                continue
            }
            entries.append((key, valueNode, at))
        }
        return entries
    }

    /// ` (did you mean 'x'?)` for a near miss among `allowed`, else nothing.
    static func didYouMean(_ key: String, among allowed: [String]) -> String {
        let closest = allowed.map { ($0, EditDistance.between(key, $0)) }.min { $0.1 < $1.1 }
        guard let closest, closest.1 <= max(2, key.count / 3) else { return "" }
        return " (did you mean '\(closest.0)'?)"
    }

    mutating func string(_ node: YAMLNode, _ what: String) -> String? {
        guard let scalar = node.scalar else {
            problems.append(InputError("\(what) must be a single value, not a list or mapping", at: location(node)))
            return nil
        }
        return scalar.string
    }

    mutating func bool(_ node: YAMLNode, _ what: String) -> Bool? {
        guard let text = string(node, what)?.trimmedWhitespace else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            problems.append(InputError("\(what) must be true or false, not '\(text)'", at: location(node)))
            return nil
        }
    }

    /// A list of nodes; a single scalar is a list of one, a null scalar an empty list.
    mutating func list(_ node: YAMLNode, _ what: String) -> [YAMLNode] {
        if let sequence = node.sequence { return Array(sequence) }
        if let scalar = node.scalar {
            let isNull = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
            return isNull ? [] : [node]
        }
        problems.append(InputError("\(what) must be a list", at: location(node)))
        return []
    }

    /// `nil` only when the node is a mapping (recorded as a problem).
    mutating func strings(_ node: YAMLNode, _ what: String) -> [String]? {
        guard node.mapping == nil else {
            problems.append(InputError("\(what) must be a list", at: location(node)))
            return nil
        }
        return list(node, what).compactMap { string($0, "each entry of \(what)") }
    }

    func location(_ node: YAMLNode) -> SourceLocation {
        SourceLocation(file: file, line: node.mark.line, column: node.mark.column)
    }

    /// Where a scalar's text begins: past the opening quote of a quoted scalar. The column is left
    /// out when the text does not stand verbatim from there on its line (an escape, a folded
    /// line), since positions in the text would not map to columns.
    func textLocation(_ node: YAMLNode, text: String) -> SourceLocation {
        let mark = node.mark
        var column = mark.column
        if let style = node.scalar?.style, style == .singleQuoted || style == .doubleQuoted { column += 1 }
        let line = mark.line - 1 < lines.count && mark.line >= 1 ? lines[mark.line - 1] : []
        let verbatim = line.dropFirst(column - 1).starts(with: text.unicodeScalars)
        return SourceLocation(file: file, line: mark.line, column: verbatim ? column : nil)
    }
}
