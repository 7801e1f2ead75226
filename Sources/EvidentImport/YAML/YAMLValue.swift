import EvidentModel

/// A node of a YAML file with the file it came from, read with typed accessors that throw
/// `InputError`s naming the file, line and column.
///
/// Every scalar stays text until a reader asks for a number or a boolean: an unquoted `Yes` in
/// a level list stays the text `Yes` (engineering note 2), and `true`/`false` are recognised
/// only where a boolean is expected.
struct YAMLValue {
    let node: YAMLNode
    let file: String

    /// Parses a whole document (`YAMLComposer`: aliases within a budget, nesting bounded); an
    /// empty file and a key repeated in one mapping are errors.
    static func parse(_ text: String, file: String) throws(InputError) -> YAMLValue {
        let document = try YAMLComposer.compose(text, file: file)
        if let duplicate = document.duplicates.first { throw duplicate }
        guard let root = document.root else {
            throw InputError("the file is empty", at: SourceLocation(file: file, line: 1, column: 1))
        }
        return YAMLValue(node: root, file: file)
    }

    var location: SourceLocation {
        SourceLocation(file: file, line: node.mark.line, column: node.mark.column)
    }

    /// The mapping's entries in file order, refusing keys outside `allowed`.
    func mapping(_ what: String, allowed: [String]) throws(InputError) -> [(key: String, value: YAMLValue, at: SourceLocation)] {
        guard let mapping = node.mapping else {
            throw InputError("\(what) must be a mapping of keys to values", at: location)
        }
        var entries: [(key: String, value: YAMLValue, at: SourceLocation)] = []
        var seen: Set<String> = []
        for (keyNode, valueNode) in mapping {
            let key = keyNode.scalar?.string ?? ""
            let at = SourceLocation(file: file, line: keyNode.mark.line, column: keyNode.mark.column)
            guard allowed.contains(key) else {
                throw InputError(
                    "unknown key '\(key)' in \(what)", at: at, help: Self.suggestion(for: key, among: allowed)
                )
            }
            guard seen.insert(key).inserted else {
                throw InputError("key '\(key)' appears twice in \(what)", at: at, help: "keep one of them")
            }
            entries.append((key, YAMLValue(node: valueNode, file: file), at))
        }
        return entries
    }

    /// The keys of a mapping in file order; empty for anything else.
    var mappingKeys: [String] {
        node.mapping?.compactMap { $0.key.scalar?.string } ?? []
    }

    /// The text of a scalar under `key` in a mapping, without checking anything else: used to
    /// name the thing being read in errors about its other keys.
    func peek(_ key: String) -> String? {
        node.mapping?.first { $0.key.scalar?.string == key }?.value.scalar?.string
    }

    /// Whether the node is a single value (not a list or mapping).
    var isScalar: Bool { node.scalar != nil }

    var isNull: Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    func string(_ what: String) throws(InputError) -> String {
        guard let scalar = node.scalar else {
            throw InputError("\(what) must be a single value, not a list or mapping", at: location)
        }
        return scalar.string
    }

    func int(_ what: String) throws(InputError) -> Int {
        let text = try string(what)
        guard let value = Int(text.trimmedWhitespace) else {
            throw InputError("\(what) must be a whole number, not '\(text)'", at: location)
        }
        return value
    }

    func double(_ what: String) throws(InputError) -> Double {
        let text = try string(what)
        guard let value = Scale.parseDecimal(text.trimmedWhitespace) else {
            throw InputError("\(what) must be a number, not '\(text)'", at: location)
        }
        return value
    }

    func bool(_ what: String) throws(InputError) -> Bool {
        let text = try string(what).trimmedWhitespace
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw InputError("\(what) must be true or false, not '\(text)'", at: location)
        }
    }

    /// A list of values; a single scalar is read as a list of one.
    func list(_ what: String) throws(InputError) -> [YAMLValue] {
        if let sequence = node.sequence { return sequence.map { YAMLValue(node: $0, file: file) } }
        if node.scalar != nil { return isNull ? [] : [self] }
        throw InputError("\(what) must be a list", at: location)
    }

    func strings(_ what: String) throws(InputError) -> [String] {
        var values: [String] = []
        for item in try list(what) { values.append(try item.string("each entry of \(what)")) }
        return values
    }

    /// A list of identifiers of one kind (`a`, as in "a finding key"), each trimmed and checked
    /// by `isValid`: one that fails is an error at its own place, "'x' is not a finding key",
    /// with `help` saying what one looks like.
    func identifiers(_ what: String, a kind: String, isValid: (String) -> Bool, help: String) throws(InputError) -> [String] {
        var values: [String] = []
        for item in try list(what) {
            let text = try item.string("a " + kind).trimmedWhitespace
            guard isValid(text) else { throw InputError("'\(text)' is not a \(kind)", at: item.location, help: help) }
            values.append(text)
        }
        return values
    }

    /// "did you mean 'x'?" for a near miss, else the list of keys allowed here.
    static func suggestion(for key: String, among allowed: [String]) -> String {
        let closest = allowed.map { ($0, EditDistance.between(key, $0)) }.min { $0.1 < $1.1 }
        if let closest, closest.1 <= max(2, key.count / 3) {
            return "did you mean '\(closest.0)'? keys allowed here: \(allowed.joined(separator: ", "))"
        }
        return "keys allowed here: \(allowed.joined(separator: ", "))"
    }
}
