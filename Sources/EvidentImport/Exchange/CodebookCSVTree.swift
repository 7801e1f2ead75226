import EvidentModel

/// Builds the code hierarchy of a flat codebook from its rows (see `CodebookCSVReader`).
struct CodebookCSVTree {
    let rows: [CodebookCSVRow]

    func codebook(named name: String) throws(InputError) -> Codebook {
        var themeOrder: [String] = []
        var themes: [String: Code] = [:]
        var codes: [String: (code: Code, theme: String, parent: String?, location: SourceLocation)] = [:]
        var codeOrder: [String] = []
        var seen: [String: SourceLocation] = [:]
        var sets: [(set: CodeSet, location: SourceLocation)] = []
        for row in rows {
            if row.text("set_name") != nil {
                guard row["theme_id"].isEmpty, row["code_id"].isEmpty else {
                    throw InputError("a row describes a set and a code at once", at: row.location, help: "give the set its own row, with theme_id and code_id empty")
                }
                sets.append((CodeSet(
                    name: row["set_name"], guid: row["guid"].isEmpty ? nil : row["guid"], description: row.text("definition"),
                    codeIDs: row.list("set_codes"), declaredAt: row.location
                ), row.location))
                continue
            }
            let themeID = row["theme_id"]
            guard !themeID.isEmpty else { throw InputError("the row has no theme_id", at: row.location, help: "every row names its theme") }
            let codeID = row["code_id"]
            let id = codeID.isEmpty ? themeID : codeID
            guard CodebookReader.isCodeID(id) else {
                throw InputError("code id '\(id)' must be lowercase letters, digits and '-', starting with a letter or digit", at: row.location)
            }
            if themes[themeID] == nil {
                themeOrder.append(themeID)
                themes[themeID] = Code(id: themeID, label: "", declaredAt: row.location)
            }
            if themes[themeID]?.label.trimmedWhitespace.isEmpty == true { themes[themeID]?.label = row["theme_label"] }
            if codeID.isEmpty {
                if let first = seen[themeID] {
                    throw InputError("theme '\(themeID)' is described twice (first at line \(first.line ?? 0))", at: row.location)
                }
                seen[themeID] = row.location
                try row.fill(&themes[themeID, default: Code(id: themeID, label: "")])
                themes[themeID]?.declaredAt = row.location
                continue
            }
            if let first = seen[codeID] {
                throw InputError("code id '\(codeID)' is used twice (first at line \(first.line ?? 0))", at: row.location, help: "give each code its own id")
            }
            seen[codeID] = row.location
            guard row.text("code_label") != nil else {
                throw InputError("code '\(codeID)' has no code_label", at: row.location, help: "add a short name in code_label")
            }
            var code = Code(id: codeID, label: row["code_label"], declaredAt: row.location)
            try row.fill(&code)
            codes[codeID] = (code, themeID, row["parent_id"].isEmpty ? nil : row["parent_id"], row.location)
            codeOrder.append(codeID)
        }
        for id in themeOrder where themes[id]?.label.trimmedWhitespace.isEmpty == true {
            throw InputError("theme '\(id)' has no theme_label", at: themes[id]?.declaredAt, help: "add the theme's label in theme_label")
        }
        for id in codeOrder {
            guard let entry = codes[id], let parent = entry.parent else { continue }
            if codes[parent]?.theme != entry.theme, parent != entry.theme {
                throw InputError("code '\(id)' names parent '\(parent)', which is not a code of theme '\(entry.theme)'", at: entry.location)
            }
            var ancestor: String? = parent
            var steps = 0
            while let current = ancestor, current != entry.theme, steps <= codes.count {
                ancestor = codes[current]?.parent
                steps += 1
            }
            if steps > codes.count { throw InputError("code '\(id)' is its own ancestor through parent_id", at: entry.location) }
        }
        func children(of parent: String?, theme: String) -> [Code] {
            codeOrder.compactMap { id -> Code? in
                guard let entry = codes[id], entry.theme == theme, entry.parent == parent || (parent == nil && entry.parent == theme) else {
                    return nil
                }
                var code = entry.code
                code.codes = children(of: id, theme: theme)
                return code
            }
        }
        let built = themeOrder.compactMap { id -> Code? in
            guard var theme = themes[id] else { return nil }
            theme.codes = children(of: nil, theme: id)
            return theme
        }
        for (set, location) in sets {
            for id in set.codeIDs where seen[id] == nil {
                throw InputError("set '\(set.name)' names code '\(id)', which the codebook does not have", at: location)
            }
        }
        return Codebook(name: name, themes: built, sets: sets.map(\.set))
    }
}
