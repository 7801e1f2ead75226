import EvidentModel


extension LenientCodebookWalk {
    /// `sets:`: each set's name, GUID, description and member codes; a set without a name, or
    /// naming a code the codebook does not have, is a problem.
    mutating func codeSets(_ node: YAMLNode, codebook: Codebook) -> [CodeSet] {
        let known = Set(codebook.allCodes.map(\.code.id))
        return list(node, "sets").compactMap { item -> CodeSet? in
            let nameText = item.mapping?.first { $0.key.scalar?.string == "name" }?.value.scalar?.string
            let what = nameText.map { "set '\($0)'" } ?? "a set"
            guard item.mapping != nil else {
                problems.append(InputError("\(what) must be a mapping of keys to values", at: location(item)))
                return nil
            }
            var set = CodeSet(name: "", declaredAt: location(item))
            for field in entries(of: item, what, allowed: CodebookReader.setKeys) {
                switch field.key {
                case "name": set.name = string(field.value, "name") ?? ""
                case "guid": set.guid = string(field.value, "guid")
                case "description": set.description = string(field.value, "description")
                default:
                    for member in list(field.value, "codes") {
                        guard let id = string(member, "each of codes") else { continue }
                        if !known.contains(id) {
                            problems.append(InputError("\(what) names code '\(id)', which the codebook does not have", at: location(member)))
                        }
                        set.codeIDs.append(id)
                    }
                }
            }
            if set.name.trimmedWhitespace.isEmpty {
                problems.append(InputError("a set has no name", at: location(item), help: "add name: to the set"))
            }
            return set
        }
    }
}
