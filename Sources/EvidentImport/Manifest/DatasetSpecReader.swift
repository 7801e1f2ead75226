import EvidentModel

/// Reads one entry of the manifest's `datasets:` list.
enum DatasetSpecReader {
    static let keys = [
        "id", "kind", "file", "format", "sheet", "wave", "invited", "respondent_id", "attributes", "personal", "items", "free_text",
        "complete_when", "composite", "stories", "interviewers", "participants", "readings", "cases", "case_id",
        "label", "respondents",
    ]
    static let itemKeys = ["column", "id", "scale", "reverse", "label"]

    static func read(
        _ node: YAMLValue, scales: [String: Scale], tools: [String: OutcomeTool] = [:], directory: String
    ) throws(InputError) -> DatasetSpec {
        let entries = try node.mapping(node.peek("id").map { "data set '\($0)'" } ?? "a data set", allowed: keys)
        let values = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        guard let idNode = values["id"] else {
            throw InputError("a data set has no id", at: node.location, help: "add id: with a short name such as practitioners-2016")
        }
        let id = try idNode.string("id")
        guard isSafeID(id) else {
            throw InputError(
                "data set id '\(id)' may only hold letters, digits, '-', '_' and '.'", at: idNode.location,
                help: "ids name output files, so keep them short and plain"
            )
        }
        let what = "data set '\(id)'"
        guard let kindNode = values["kind"] else {
            throw InputError("\(what) has no kind", at: node.location, help: "add kind: \(DatasetKind.allCases.map(\.rawValue).joined(separator: " | "))")
        }
        let kindText = try kindNode.string("kind")
        guard let kind = DatasetKind(rawValue: kindText) else {
            throw InputError("\(what) has unknown kind '\(kindText)'", at: kindNode.location, help: "use one of \(DatasetKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let fileNode = values["file"] else {
            throw InputError("\(what) has no file", at: node.location, help: "add file: with the export's path, relative to the manifest")
        }
        let fileText = try fileNode.string("file")
        let path = FilePaths.resolve(fileText, against: directory)
        guard FilePaths.exists(path) else {
            throw InputError(
                "file '\(fileText)' of \(what) not found", at: fileNode.location,
                help: "paths are relative to the manifest's folder (\(FilePaths.display(directory)))"
            )
        }
        var spec = DatasetSpec(id: id, kind: kind, path: path, declaredAt: idNode.location)
        for entry in entries {
            let value = entry.value
            switch entry.key {
            case "format":
                let text = try value.string("format")
                guard let format = ExportFormat(rawValue: text) else {
                    throw InputError("\(what) has unknown format '\(text)'", at: value.location, help: "use one of \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                spec.format = format
            case "sheet": spec.sheet = try value.string("sheet")
            case "wave": spec.wave = try value.string("wave")
            case "invited":
                let invited = try value.int("invited")
                guard invited > 0 else { throw InputError("invited must be a positive number", at: value.location) }
                spec.invited = invited
            case "respondent_id": spec.respondentID = try value.string("respondent_id")
            case "attributes": try attributes(value, of: what, into: &spec)
            case "label": spec.label = try nonEmpty(value, "label", of: what)
            case "respondents": spec.respondents = try nonEmpty(value, "respondents", of: what)
            case "personal": spec.personal = try value.strings("personal")
            case "free_text":
                let entries = try freeText(value, of: what)
                spec.freeText = entries.map(\.column)
                spec.freeTextLabels = Dictionary(entries.compactMap { entry in entry.label.map { (entry.column, $0) } }) { first, _ in first }
            case "items": spec.items = try items(value, of: what, scales: scales)
            case "complete_when": spec.completeWhen = try completionRule(value)
            case "composite": spec.composite = try value.strings("composite")
            case "stories": spec.stories = try StoryMappingReader.read(value, of: what, at: entry.at)
            case "interviewers": spec.interviewers = try value.strings("interviewers")
            case "participants":
                let text = try value.string("participants")
                let csv = FilePaths.resolve(text, against: directory)
                guard FilePaths.exists(csv) else {
                    throw InputError(
                        "participants file '\(text)' of \(what) not found", at: value.location,
                        help: "paths are relative to the manifest's folder (\(FilePaths.display(directory)))"
                    )
                }
                spec.participants = csv
            case "readings": spec.readings = try OutcomeSpecReader.readings(value, of: what, tools: tools)
            case "cases": spec.cases = try OutcomeSpecReader.cases(value, of: what)
            case "case_id": spec.caseID = try value.string("case_id")
            default: break
            }
        }
        try OutcomeSpecReader.check(spec, kind: kind, at: node.location, values: values)
        if spec.stories != nil, kind != .mscStories {
            throw InputError(
                "\(what) has a stories: mapping, but is of kind \(kind.rawValue)", at: values["stories"]?.location ?? node.location,
                help: "stories: is only for data sets of kind msc-stories"
            )
        }
        for key in ["interviewers", "participants"] where values[key] != nil && kind != .interviews {
            throw InputError(
                "\(what) has \(key):, but is of kind \(kind.rawValue)", at: values[key]?.location ?? node.location,
                help: "\(key): is only for data sets of kind interviews"
            )
        }
        if let composite = spec.composite, let items = spec.items {
            for id in composite where !items.contains(where: { $0.id == id }) {
                throw InputError("composite names item '\(id)', which \(what) does not list", at: node.location, help: "use ids from items:")
            }
        }
        return spec
    }

    static func isSafeID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)
        } && !id.hasPrefix(".")
    }

    private static func items(_ node: YAMLValue, of what: String, scales: [String: Scale]) throws(InputError) -> [ItemSpec] {
        var items: [ItemSpec] = []
        var ids: Set<String> = []
        for itemNode in try node.list("items") {
            var column: String?
            var id: String?
            var scale: String?
            var scaleNode: YAMLValue?
            var reverse = false
            var label: String?
            for entry in try itemNode.mapping("an item of \(what)", allowed: itemKeys) {
                switch entry.key {
                case "column": column = try entry.value.string("column")
                case "id": id = try entry.value.string("id")
                case "scale":
                    scale = try entry.value.string("scale")
                    scaleNode = entry.value
                case "reverse": reverse = try entry.value.bool("reverse")
                default: label = try entry.value.string("label")
                }
            }
            guard let column else {
                throw InputError("an item of \(what) has no column", at: itemNode.location, help: "add column: with the column's header text")
            }
            guard let scale, let scaleNode else {
                throw InputError("item '\(column)' of \(what) has no scale", at: itemNode.location, help: "add scale: with one of \(scales.keys.sorted().joined(separator: ", "))")
            }
            guard scales[scale] != nil else {
                throw InputError(
                    "unknown scale '\(scale)'", at: scaleNode.location,
                    help: "use one of \(scales.keys.sorted().joined(separator: ", ")), or define it under scales:"
                )
            }
            let itemID = id ?? column
            guard ids.insert(itemID).inserted else {
                throw InputError("item id '\(itemID)' is used twice in \(what)", at: itemNode.location, help: "give each item its own id")
            }
            items.append(ItemSpec(column: column, id: itemID, scale: scale, reverse: reverse, label: label, declaredAt: itemNode.location))
        }
        return items
    }

    /// `free_text:` entries: a column name, or `{column: Q6, label: What difference has the support made?}`.
    private static func freeText(_ node: YAMLValue, of what: String) throws(InputError) -> [(column: String, label: String?)] {
        var entries: [(column: String, label: String?)] = []
        for item in try node.list("free_text") {
            if item.isScalar {
                entries.append((try item.string("each of free_text"), nil))
                continue
            }
            var column: String?
            var label: String?
            for entry in try item.mapping("a free_text entry of \(what)", allowed: ["column", "label"]) {
                if entry.key == "column" { column = try entry.value.string("column") } else { label = try entry.value.string("label") }
            }
            guard let column else {
                throw InputError("a free_text entry of \(what) has no column", at: item.location, help: "write {column: Q6, label: What difference did the support make?}")
            }
            entries.append((column, label))
        }
        return entries
    }

    private static func completionRule(_ node: YAMLValue) throws(InputError) -> CompletionRule {
        let text = try node.string("complete_when").trimmedWhitespace
        switch text {
        case "all-items": return .allItems
        case "any-item": return .anyItem
        default:
            if text.hasPrefix("column:"), let equals = text.firstIndex(of: "=") {
                let name = String(text[text.index(text.startIndex, offsetBy: 7)..<equals]).trimmedWhitespace
                let value = String(text[text.index(after: equals)...]).trimmedWhitespace
                if !name.isEmpty { return .column(name: name, value: value) }
            }
            throw InputError(
                "complete_when '\(text)' is not understood", at: node.location,
                help: "use all-items, any-item or column:<name>=<value>"
            )
        }
    }
}
