import EvidentModel

/// Reads a data set's `stories:` mapping (kind `msc-stories` from CSV or ODK): which column, or
/// element path, holds each story field.
enum StoryMappingReader {
    static let keys = [
        "id", "title", "domain", "group", "role", "storyteller", "text", "significance", "collected",
        "selected_level", "selected", "reasons", "selections", "domains", "consent",
    ]
    static let selectionKeys = ["level", "selected", "reasons"]

    static func read(_ node: YAMLValue, of what: String, at key: SourceLocation) throws(InputError) -> StoryMapping {
        var fields: [String: String] = [:]
        var selections: [StoryMapping.SelectionColumns] = []
        var domains: [StoryDomain]?
        for entry in try node.mapping("the stories: mapping of \(what)", allowed: keys) {
            switch entry.key {
            case "selections":
                for item in try entry.value.list("selections") {
                    var level: String?
                    var selected: String?
                    var reasons: String?
                    for part in try item.mapping("a selection of \(what)", allowed: selectionKeys) {
                        switch part.key {
                        case "level": level = try part.value.string("level")
                        case "selected": selected = try part.value.string("selected")
                        default: reasons = try part.value.string("reasons")
                        }
                    }
                    guard let level else {
                        throw InputError("a selection of \(what) has no level", at: item.location, help: "add level: with the panel's level, such as district")
                    }
                    selections.append(StoryMapping.SelectionColumns(level: level, selected: selected, reasons: reasons))
                }
            case "domains":
                var declared: [StoryDomain] = []
                for domain in try entry.value.mapping("the domains of \(what)", allowed: entry.value.mappingKeys) {
                    declared.append(StoryDomain(id: domain.key, label: try domain.value.string("domain '\(domain.key)'")))
                }
                domains = declared
            default:
                fields[entry.key] = try entry.value.string(entry.key)
            }
        }
        for required in ["domain", "text"] where fields[required] == nil {
            throw InputError(
                "the stories: mapping of \(what) has no \(required)", at: key,
                help: "name the column (or element path) that holds each story's \(required)"
            )
        }
        return StoryMapping(
            id: fields["id"], title: fields["title"], domain: fields["domain"] ?? "", group: fields["group"],
            role: fields["role"], storyteller: fields["storyteller"], text: fields["text"] ?? "",
            significance: fields["significance"], collected: fields["collected"], selectedLevel: fields["selected_level"],
            selected: fields["selected"], reasons: fields["reasons"], selections: selections, domains: domains, declaredAt: key,
            consent: fields["consent"]
        )
    }
}
